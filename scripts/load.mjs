// `npm run load`: HTTP load on routes of the app, each measured three ways in the same run, and
// reported as ratios to the static server (ours / static). Loopback only; bounded in time and count.
//
//   npm run load                                   # starts `next start` and the nginx set-up itself
//   LOAD_SECONDS=5 LOAD_CONNECTIONS=50 npm run load
//   LOAD_URL=http://127.0.0.1:3000 npm run load   # the direct column against a running `npm start`
//   LOAD_NGINX=0 npm run load                      # without the nginx column
//   LOAD_NGINX_WORKERS=1 npm run load              # nginx with one worker process (default: one per core)
//
// For every route (scripts/bench/load-measure.mjs): wrk (Debian's package) with LOAD_CONNECTIONS
// connections (default 100) for LOAD_SECONDS (default 20) on each of
// - direct: one `next start` (the existing build), freshly started by this script; no warm-up
//   beyond the one request that reads the route's bytes (issue 12's goal is for a fresh server);
// - nginx: deploy/nginx.conf in front of two more `next start` processes, started as
//   `npm run test:deploy` starts them (scripts/deploy/stack.mjs), with Debian's worker settings
//   (see nginxWorkers). Its cache is filled by one request before the run, as a cache is meant
//   to work: the first reader fills it, the others are served from it;
// - static: a minimal node:http server answering the same bytes (scripts/bench/static-server.mjs).
// Goals (scripts/bench/load-report.mjs): directly, p99 under 1 s; through nginx, at least 0.9 of
// the static server's throughput; no error, timeout or non-2xx anywhere. Exit 1 when one is missed.
// Writes bench/load-results.json. See README "Performance".
import os from 'node:os';
import { assertLoopback, freePort, runScript, startServer } from './bench/harness.mjs';
import { fillCache, loadRoutes, measure, readRoutes, startStatic } from './bench/load-measure.mjs';
import { failuresOf, judge, printRun, printTable, writeResults } from './bench/load-report.mjs';
import { DEBIAN_WORKERS } from './deploy/nginx.mjs';
import { startDeployment } from './deploy/stack.mjs';

const seconds = positiveInt('LOAD_SECONDS', 20, 120);
const connections = positiveInt('LOAD_CONNECTIONS', 100, 1000);
const withNginx = process.env.LOAD_NGINX !== '0';

function positiveInt(name, fallback, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be an integer from 1 to ${max}`);
  return n;
}

/** The direct target: LOAD_URL, or a `next start` started here. */
async function directServer(defer) {
  const given = process.env.LOAD_URL?.replace(/\/$/, '');
  if (given) {
    assertLoopback(given);
    return given;
  }
  console.log('Starting `next start` (`npm start` without the build step) on a free port of 127.0.0.1…');
  const server = await startServer();
  defer(server.stop);
  return server.url;
}

/**
 * nginx's workers: Debian's settings (one process per core), or LOAD_NGINX_WORKERS processes;
 * its access log buffered (64 KB, flushed every second), as a busy site's would be: a write per
 * request is a cost the static server it is compared with does not have.
 */
function nginxWorkers() {
  const raw = process.env.LOAD_NGINX_WORKERS;
  return { ...DEBIAN_WORKERS, logBuffer: true, ...(raw ? { processes: positiveInt('LOAD_NGINX_WORKERS', 1, 64) } : {}) };
}

/** Two apps and nginx on free ports; resolves nginx's base URL. */
async function nginxServer(defer) {
  console.log('Starting the reference deployment: two `next start` and nginx with deploy/nginx.conf…');
  const [nginx, ...apps] = [await freePort(), await freePort(), await freePort()];
  await startDeployment(defer, { nginx, apps, workers: nginxWorkers() });
  return `http://127.0.0.1:${nginx}`;
}

/** The three runs of one route (direct, nginx, static), printed as they end. */
async function measureRoute(route, bytes, servers) {
  const row = { route, bytes: bytes.bytes, contentType: bytes.contentType };
  row.direct = await measure(servers.direct + route, seconds, connections);
  printRun(route, 'direct', row.direct);
  if (servers.nginx) {
    row.cacheStatus = await fillCache(servers.nginx + route);
    row.nginx = await measure(servers.nginx + route, seconds, connections);
    printRun(route, 'nginx', row.nginx);
  }
  row.static = await measure(servers.static + route, seconds, connections);
  printRun(route, 'static', row.static);
  return judge(row);
}

async function main(defer) {
  const routes = loadRoutes();
  const direct = await directServer(defer);
  // The bytes come from the direct server: that one request is its only warm-up.
  const bytes = await readRoutes(direct, routes);
  const stat = await startStatic(bytes);
  defer(stat.stop);
  const nginx = withNginx ? await nginxServer(defer) : undefined;
  const servers = { direct, nginx, static: stat.url };

  const load = os.loadavg().map((x) => x.toFixed(2));
  console.log(`\nLoad: ${connections} connections, ${seconds} s per route and server; load average ${load.join(', ')}`);
  console.log(`direct = ${direct}, nginx = ${nginx ?? '(not measured)'}, static = ${stat.url}\n`);
  const rows = [];
  for (const route of routes) rows.push(await measureRoute(route, bytes[route], servers));

  const failures = failuresOf(rows);
  printTable(rows);
  console.log(
    `\nLoad average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
  const settings = {
    seconds,
    connections,
    warmup: 'direct: none beyond the request reading the bytes; nginx: one request fills the cache, a second reads X-Cache-Status',
    direct: process.env.LOAD_URL ? 'given LOAD_URL' : 'next start (started by the script)',
    nginx: nginx ? 'deploy/nginx.conf in front of two next start (started by the script)' : 'not measured',
    nginxWorkers: nginx ? nginxWorkers().processes : undefined,
    loadAverageAtStart: load.map(Number),
  };
  writeResults({ settings, rows, failures });
  if (failures.length) {
    console.error(`\nFAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

await runScript(main);
