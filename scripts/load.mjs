// `npm run load`: HTTP load on routes of the app and on a minimal static server that answers the
// same bytes, reported as ratios (ours / static). Loopback only; bounded in time and count.
//
//   LOAD_URL=http://127.0.0.1:3000 npm run load   # against a running `npm start`
//   npm run load                                   # starts `next start` (existing build) itself
//   LOAD_SECONDS=5 LOAD_CONNECTIONS=50 npm run load
//
// Each route gets LOAD_CONNECTIONS connections (default 100) for LOAD_SECONDS (default 20) on each
// server. No warm-up beyond the one request that reads the route's bytes: the goal (issue 12) is
// for a freshly started server. Goal on our server: p99 under P99_GOAL_MS, and no error, timeout
// or non-2xx answer on either server; exit 1 when it is missed. Writes bench/load-results.json.
// See README "Performance".
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertLoopback, ROOT, runScript, startServer } from './bench/harness.mjs';

const ROUTES = ['/', '/embed', '/api/places/lysychansk', '/api/layers/cities'];
const P99_GOAL_MS = 1000;
const seconds = positiveInt('LOAD_SECONDS', 20, 120);
const connections = positiveInt('LOAD_CONNECTIONS', 100, 1000);

function positiveInt(name, fallback, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be an integer from 1 to ${max}`);
  return n;
}

function startStatic(routes) {
  const child = fork(path.join(ROOT, 'scripts', 'bench', 'static-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve({ url: `http://127.0.0.1:${port}`, stop }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
    child.send({ routes });
  });
}

function run(url, duration, conns) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: conns, duration, timeout: 10 }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

async function main(defer) {
  let base = process.env.LOAD_URL?.replace(/\/$/, '');
  if (base) assertLoopback(base);
  else {
    console.log('Starting `next start` (`npm start` without the build step) on a free port of 127.0.0.1…');
    const server = await startServer();
    defer(server.stop);
    base = server.url;
  }

  // The same bytes and Content-Type as the app answers (uncompressed: autocannon sends no
  // Accept-Encoding, so neither server compresses).
  const routes = {};
  for (const route of ROUTES) {
    const res = await fetch(base + route, { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`${route}: HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    routes[route] = {
      body: body.toString('base64'),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      bytes: body.length,
    };
  }
  const stat = await startStatic(routes);
  defer(stat.stop);

  console.log(`Load: ${connections} connections, ${seconds} s per route and server (no warm-up), ours = ${base}, static = ${stat.url}\n`);
  const rows = [];
  for (const route of ROUTES) {
    const row = { route, bytes: routes[route].bytes, contentType: routes[route].contentType };
    for (const [name, server] of [
      ['ours', base],
      ['static', stat.url],
    ]) {
      const r = await run(server + route, seconds, connections);
      row[name] = {
        requestsPerSecond: r.requests.total / r.duration,
        latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        requests: r.requests.total,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
      };
      process.stdout.write(
        `  ${pad(route, 26)} ${pad(name, 6)} ${lpad(fmt(row[name].requestsPerSecond, 0), 7)} req/s  p99 ${lpad(r.latency.p99, 5)} ms  errors ${r.errors} (timeouts ${r.timeouts})  non-2xx ${r.non2xx}\n`,
      );
    }
    row.ratio = {
      throughput: row.ours.requestsPerSecond / row.static.requestsPerSecond,
      p99: row.ours.latencyMs.p99 / Math.max(row.static.latencyMs.p99, 1),
    };
    row.goal = { p99UnderMs: P99_GOAL_MS, met: row.ours.latencyMs.p99 < P99_GOAL_MS };
    rows.push(row);
  }

  const failures = rows.flatMap((r) => [
    ...['ours', 'static']
      .filter((s) => r[s].errors || r[s].timeouts || r[s].non2xx)
      .map((s) => `${r.route} (${s}): ${r[s].errors} errors (of which ${r[s].timeouts} timeouts), ${r[s].non2xx} non-2xx`),
    ...(r.goal.met ? [] : [`${r.route}: p99 ${r.ours.latencyMs.p99} ms, not under ${P99_GOAL_MS} ms`]),
  ]);

  console.log(`\n| route | body | ours req/s | static req/s | throughput ratio | ours p99 | static p99 | p99 ratio | p99 goal |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---|`);
  for (const r of rows) {
    const goal = `< ${P99_GOAL_MS} ms: ${r.goal.met ? 'met' : 'MISSED'}`;
    console.log(
      `| ${r.route} | ${(r.bytes / 1024).toFixed(1)} KB | ${fmt(r.ours.requestsPerSecond, 0)} | ${fmt(r.static.requestsPerSecond, 0)} | ${fmt(r.ratio.throughput)} | ${r.ours.latencyMs.p99} ms | ${r.static.latencyMs.p99} ms | ${fmt(r.ratio.p99)} | ${goal} |`,
    );
  }

  const out = {
    date: new Date().toISOString(),
    settings: {
      seconds,
      connections,
      warmupSeconds: 0,
      target: process.env.LOAD_URL ? 'given LOAD_URL' : 'next start (started by the script)',
    },
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    routes: rows,
    errorsOrNon2xx: failures,
    ok: failures.length === 0,
  };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'load-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nWritten: bench/load-results.json');
  if (failures.length) {
    console.error(`\nFAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

await runScript(main);
