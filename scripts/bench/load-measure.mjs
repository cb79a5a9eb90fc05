// The measuring half of `npm run load` (scripts/load.mjs): which routes, their bytes, the static
// reference server, nginx's cache filled before its run, and one autocannon run.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
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
 * One GET of each route from `base`, uncompressed (autocannon sends no Accept-Encoding, so no
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

/** A GET with the request line and headers autocannon sends (Host as in the URL, no Accept-Encoding); resolves the answer's headers. */
function getLikeAutocannon(url) {
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
 * fills it must look like autocannon's; a second one reads X-Cache-Status, which says whether the
 * run is served from the cache (HIT) or passed to the apps (MISS: `private` answers are not stored).
 */
export async function fillCache(url) {
  const first = await getLikeAutocannon(url);
  if (first.status !== 200) throw new Error(`${url} through nginx: HTTP ${first.status}`);
  const second = await getLikeAutocannon(url);
  return second.headers['x-cache-status'] ?? '(none)';
}

/** One autocannon run; resolves the figures kept in bench/load-results.json. */
export function measure(url, seconds, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, timeout: 10 }, (err, r) => {
      if (err) return reject(err);
      resolve({
        requestsPerSecond: r.requests.total / r.duration,
        latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        requests: r.requests.total,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}
