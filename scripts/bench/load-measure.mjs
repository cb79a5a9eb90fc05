// The measuring half of `npm run load` (scripts/load.mjs): which routes, their bytes, the static
// reference server, nginx's cache filled before its run, and one wrk run.
import { execFile, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const FIXED_ROUTES = ['/', '/embed', '/api/places/lysychansk', '/api/layers/cities'];

/**
 * The measured routes: the pages, a place, a layer, and the map's data file, whose content-hashed
 * name changes with every build that changes the data (.data/data-files.json, written by
 * `npm run validate`).
 */
export function loadRoutes() {
  const manifest = path.join(ROOT, '.data', 'data-files.json');
  let map;
  try {
    map = JSON.parse(readFileSync(manifest, 'utf8')).map;
  } catch (e) {
    throw new Error(`cannot read the data file's name from ${manifest} (run \`npm run build\`): ${e.message}`);
  }
  if (typeof map !== 'string' || !map.startsWith('/')) throw new Error(`${manifest}: no "map" URL`);
  return [...FIXED_ROUTES, map];
}

/**
 * One GET of each route from `base`, uncompressed (wrk sends no Accept-Encoding, so no
 * server compresses): { [route]: { body (base64), contentType, bytes } } for the static server.
 */
export async function readRoutes(base, routes) {
  const table = {};
  for (const route of routes) {
    const res = await fetch(base + route, { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`${route}: HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    table[route] = {
      body: body.toString('base64'),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      bytes: body.length,
    };
  }
  return table;
}

/** Forks scripts/bench/static-server.mjs answering `routes` (readRoutes' table); resolves { url, stop }. */
export function startStatic(routes) {
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

/** A GET with the request line and headers wrk sends (Host as in the URL, no Accept-Encoding); resolves the answer's headers. */
function getLikeWrk(url) {
  const { hostname, port, pathname, search, host } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: pathname + search, headers: { host }, agent: false, timeout: 30_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in 30 s: GET ${url}`)));
    req.on('error', reject);
  });
}

/**
 * nginx's cache key has the host and its entries vary on Accept-Encoding, so the one request that
 * fills it must look like wrk's; a second one reads X-Cache-Status, which says whether the
 * run is served from the cache (HIT) or passed to the apps (MISS: `private` answers are not stored).
 */
export async function fillCache(url) {
  const first = await getLikeWrk(url);
  if (first.status !== 200) throw new Error(`${url} through nginx: HTTP ${first.status}`);
  const second = await getLikeWrk(url);
  return second.headers['x-cache-status'] ?? '(none)';
}

const WRK = process.env.WRK_PATH || '/usr/bin/wrk';

/** A wrk duration ("812.50us", "2.06ms", "1.20s", "1.50m") in milliseconds. */
function durationMs(text) {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) throw new Error(`wrk: unreadable duration ${JSON.stringify(text)}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]];
  return Number(match[1]) * factor;
}

/**
 * The figures of one wrk report (run with --latency): requests per second, latency percentiles,
 * socket errors (timeouts among them) and answers outside 2xx/3xx.
 */
export function parseWrk(report) {
  const number = (pattern) => Number(pattern.exec(report)?.[1] ?? NaN);
  const percentile = (p) => {
    const match = new RegExp(`^\\s+${p}%\\s+(\\S+)\\s*$`, 'm').exec(report);
    if (!match) throw new Error(`wrk: no ${p}th percentile in its report`);
    return Math.round(durationMs(match[1]));
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report)?.slice(1).map(Number) ?? [0, 0, 0, 0];
  const requests = number(/(\d+) requests in/);
  if (!Number.isFinite(requests)) throw new Error(`wrk: unreadable report:\n${report}`);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    latencyMs: { p50: percentile(50), p99: percentile(99), max: Math.round(durationMs(/Latency\s+\S+\s+\S+\s+(\S+)/.exec(report)[1])) },
    requests,
    errors: errors.reduce((a, b) => a + b, 0),
    timeouts: errors[3],
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/) || 0,
  };
}

/**
 * One wrk run (Debian's `wrk`, or WRK_PATH): one thread, `connections` keep-alive connections,
 * a request that has no answer in 10 s counts as a timeout. wrk, not a Node load generator: on two
 * cores the generator shares the machine with the servers, and autocannon (one Node process, which
 * parses every body) reached about 8,000 answers a second of 45 KB, where wrk reads 25,000–29,000
 * from nginx's cache: the ratios then measured autocannon's share of the cores, not the servers.
 * Resolves the figures kept in bench/load-results.json.
 */
export function measure(url, seconds, connections) {
  return new Promise((resolve, reject) => {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', url];
    execFile(WRK, args, { timeout: (seconds + 30) * 1000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${WRK} ${args.join(' ')}: ${err.message}\n${stderr}`));
      try {
        resolve(parseWrk(stdout));
      } catch (e) {
        reject(e);
      }
    });
  });
}
