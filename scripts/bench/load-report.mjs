// The reporting half of `npm run load` (scripts/load.mjs): the goals of issue 12 applied to the
// measured rows, the printed lines and table, and bench/load-results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** Directly against `next start`: p99 under this, and no error, timeout or non-2xx answer. */
export const P99_GOAL_MS = 1000;
/** Through nginx: at least this share of the static server's requests per second. */
export const NGINX_RATIO_GOAL = 0.9;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

/** One line per run, printed as it ends. */
export function printRun(route, name, m) {
  process.stdout.write(
    `  ${pad(route, 34)} ${pad(name, 6)} ${lpad(fmt(m.requestsPerSecond, 0), 7)} req/s  p99 ${lpad(m.latencyMs.p99, 5)} ms  errors ${m.errors} (timeouts ${m.timeouts})  non-2xx ${m.non2xx}\n`,
  );
}

/** Adds ratios and goals to a row { route, direct, nginx?, static, cacheStatus? }. */
export function judge(row) {
  const ratio = (m) => (m ? m.requestsPerSecond / row.static.requestsPerSecond : undefined);
  row.ratio = {
    direct: ratio(row.direct),
    nginx: ratio(row.nginx),
    directP99: row.direct.latencyMs.p99 / Math.max(row.static.latencyMs.p99, 1),
  };
  row.goal = { directP99: { underMs: P99_GOAL_MS, met: row.direct.latencyMs.p99 < P99_GOAL_MS } };
  if (row.nginx) row.goal.nginxRatio = { atLeast: NGINX_RATIO_GOAL, met: row.ratio.nginx >= NGINX_RATIO_GOAL };
  return row;
}

/** What fails the run: errors, timeouts or non-2xx anywhere, a route not served from nginx's cache, and goals missed. */
export function failuresOf(rows) {
  return rows.flatMap((r) => [
    ...['direct', 'nginx', 'static']
      .filter((s) => r[s] && (r[s].errors || r[s].timeouts || r[s].non2xx))
      .map((s) => `${r.route} (${s}): ${r[s].errors} errors (of which ${r[s].timeouts} timeouts), ${r[s].non2xx} non-2xx`),
    // Why this one is usually missed on Node 20+: README "Latest figures" (one accept per turn of the event loop).
    ...(r.goal.directP99.met
      ? []
      : [
          `${r.route}: p99 ${r.direct.latencyMs.p99} ms directly, not under ${P99_GOAL_MS} ms (README: Node accepts one connection per event-loop turn)`,
        ]),
    ...(r.nginx && r.cacheStatus !== 'HIT'
      ? [`${r.route}: nginx answered the request after the one filling its cache with X-Cache-Status ${r.cacheStatus}, not HIT`]
      : []),
    ...(r.goal.nginxRatio && !r.goal.nginxRatio.met
      ? [`${r.route}: ${fmt(r.ratio.nginx, 3)} of the static server's throughput through nginx, under ${NGINX_RATIO_GOAL}`]
      : []),
  ]);
}

function nginxGoalText(r) {
  const g = r.goal.nginxRatio;
  if (!g) return 'not measured';
  return `≥ ${NGINX_RATIO_GOAL}: ${g.met ? 'met' : 'MISSED'}`;
}

/** The Markdown table printed at the end (README "Latest figures" quotes it). */
export function printTable(rows) {
  console.log(
    '\n| route | body | direct req/s | nginx req/s (cache) | static req/s | direct ratio | nginx ratio | direct p99 | nginx p99 | static p99 | direct: p99 < 1 s, no errors | nginx: ratio goal |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const r of rows) {
    const clean = !(r.direct.errors || r.direct.timeouts || r.direct.non2xx);
    const direct = r.goal.directP99.met && clean ? 'met' : 'MISSED';
    const nginx = r.nginx ? `${fmt(r.nginx.requestsPerSecond, 0)} (${r.cacheStatus})` : '–';
    console.log(
      `| ${r.route} | ${(r.bytes / 1024).toFixed(1)} KB | ${fmt(r.direct.requestsPerSecond, 0)} | ${nginx} | ${fmt(r.static.requestsPerSecond, 0)} | ${fmt(r.ratio.direct)} | ${fmt(r.ratio.nginx)} | ${r.direct.latencyMs.p99} ms | ${r.nginx ? `${r.nginx.latencyMs.p99} ms` : '–'} | ${r.static.latencyMs.p99} ms | ${direct} | ${nginxGoalText(r)} |`,
    );
  }
}

/** Writes bench/load-results.json (gitignored). */
export function writeResults({ settings, rows, failures }) {
  const out = {
    date: new Date().toISOString(),
    settings,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    },
    routes: rows,
    failures,
    ok: failures.length === 0,
  };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'load-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nWritten: bench/load-results.json');
}
