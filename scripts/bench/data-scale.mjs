// `npm run bench:data` (issue 12, data scale): the app built from a synthetic data set 100 times
// ours (scripts/scale-data.ts, written to a temporary folder and deleted at the end) against the
// app built from geo/. For each: the build's time (each step of `npm run build` timed apart), the
// data files it wrote, and the bytes a first load of `/?tiles=0` and `/embed?tiles=0` transfers in
// Debian's Chromium (CDP encodedDataLength of every response, cache disabled) until the map has
// drawn its layers (`path.place-lysychansk`: our places are part of the synthetic set) and no
// request is in flight. Goals: transfers ≤ 1.5×, build ≤ 5×. Writes bench/data-scale-results.json.
//
// The build outputs (.next/, .data/, .embed/, public/_data/) are shared, so the two builds run one
// after the other, the synthetic one first: the tree is left built from geo/ (rebuilt from geo/
// if the run stops half-way). Our build runs second, with Next's cache warm from the first, which
// can only make the build ratio larger. BENCH_RUNS (default 3) page loads per figure, median.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scaledGeoFiles, writeGeoFiles } from '../scale-data.ts';
import { benchPage, launchBrowser } from './bench-page.mjs';
import { fmt, kb, medianOf } from './figures.mjs';
import { ROOT, runScript, startServer } from './harness.mjs';
import { transferred } from './weight.mjs';

const MULTIPLE = 100;
const RUNS = Number(process.env.BENCH_RUNS || 3);
const GOALS = { transfer: 1.5, build: 5 };
const DRAWN = 'path.place-lysychansk';
const PAGES = { map: '/?tiles=0', embed: '/embed?tiles=0' };

/** Runs one shell step of `npm run build` (package.json), with the project's binaries on PATH. */
function step(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd: ROOT,
      env: { ...env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`\`${command}\` failed (${code}):\n${output}`))));
  });
}

/** `npm run build` with GEO_DIR set or not, each step timed (seconds). */
async function timedBuild(geoDir) {
  const env = { ...process.env };
  delete env.GEO_DIR;
  if (geoDir) env.GEO_DIR = geoDir;
  const steps = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.build.split(' && ');
  const seconds = {};
  for (const command of steps) {
    const start = performance.now();
    await step(command, env);
    seconds[command] = (performance.now() - start) / 1000;
  }
  return { seconds, total: Object.values(seconds).reduce((a, b) => a + b, 0) };
}

/** What the build wrote into public/_data/: the map and report digests files (raw, gzip) and the place files. */
function dataFiles() {
  const dir = path.join(ROOT, 'public', '_data');
  const body = (stem) =>
    readFileSync(
      path.join(
        dir,
        readdirSync(dir).find((f) => new RegExp(`^${stem}\\..*\\.json$`).test(f)),
      ),
    );
  const [map, digests] = [body('map'), body('digests')];
  // The places' reporting files, in the folder named by their hash (places.<hash>/).
  const placesFolder = readdirSync(dir).find((f) => /^places\.[0-9a-f]+$/.test(f));
  if (!placesFolder) throw new Error(`${dir}: no places.<hash>/ folder (run \`npm run validate\`)`);
  const folder = path.join(dir, placesFolder);
  const places = readdirSync(folder);
  const placeBytes = places.reduce((n, f) => n + statSync(path.join(folder, f)).size, 0);
  return {
    ...{ mapBytes: map.length, mapGzipBytes: gzipSync(map).length },
    ...{ digestsBytes: digests.length, digestsGzipBytes: gzipSync(digests).length },
    ...{ placeFiles: places.length, placeBytes },
  };
}

const kindOf = (url, type) =>
  url.includes('/_data/') ? 'data' : type === 'Document' ? 'html' : type === 'Script' ? 'js' : type === 'Stylesheet' ? 'css' : 'other';

/** One first load: bytes transferred by kind until the layers are drawn and nothing is in flight. */
async function firstLoad(browser, url) {
  const { context, page, cdp, wait } = await benchPage(browser);
  // Only the server under test: no tiles, nothing else off this machine.
  await context.route(
    (u) => !['127.0.0.1', 'localhost'].includes(u.hostname),
    (route) => route.abort(),
  );
  const requests = new Map();
  const inFlight = new Set();
  const urls = new Map();
  let idle;
  const settled = () => inFlight.size === 0 && idle?.();
  // The Intl warm-up worker's own script: the page's session sees it leave but its answer goes to
  // the worker's target, so it never finishes here; weighed apart, as scripts/bench/weight.mjs does.
  const workerScript = JSON.parse(readFileSync(path.join(ROOT, 'public', '_embed', 'manifest.json'), 'utf8')).intlWarmup;
  const workerRequests = new Set();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname === workerScript) return void workerRequests.add(e.request.url);
    inFlight.add(e.requestId);
    urls.set(e.requestId, e.request.url);
  });
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type }));
  const done = (e, bytes) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = bytes;
    inFlight.delete(e.requestId);
    settled();
  };
  cdp.on('Network.loadingFinished', (e) => done(e, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => done(e, 0));
  await wait(page.goto(url, { waitUntil: 'load' }));
  await wait(page.waitForSelector(DRAWN, { state: 'attached', timeout: 60_000 }));
  // Bounded, so that a request that never ends fails the run by name instead of hanging it.
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${url}: requests still in flight: ${[...inFlight].map((id) => urls.get(id)).join(', ')}`)),
      30_000,
    );
    idle = () => resolve(clearTimeout(timer));
    settled();
  });
  for (const u of workerRequests) requests.set(u, { url: u, type: 'Script', bytes: await transferred(u) });
  const out = { html: 0, js: 0, css: 0, data: 0, other: 0, total: 0, requests: 0 };
  for (const r of requests.values()) {
    if (r.bytes === undefined) continue;
    out[kindOf(r.url, r.type)] += r.bytes;
    out.total += r.bytes;
    out.requests++;
  }
  const htmlBytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  await context.close();
  return { ...out, htmlBytes };
}

/** Builds from `geoDir` (or geo/), serves it and weighs each page RUNS times (medians). */
async function measure(label, geoDir, browser) {
  console.log(`${label}: building${geoDir ? ` with GEO_DIR=${geoDir}` : ''}…`);
  const build = await timedBuild(geoDir);
  const files = dataFiles();
  console.log(
    `   build ${fmt(build.total, 1)} s (${Object.entries(build.seconds)
      .map(([c, s]) => `${c}: ${fmt(s, 1)} s`)
      .join(', ')})`,
  );
  console.log(
    `   map file ${kb(files.mapBytes)} (${kb(files.mapGzipBytes)} gzip), digests file ${kb(files.digestsBytes)} (${kb(files.digestsGzipBytes)} gzip), ${files.placeFiles} place files (${kb(files.placeBytes)})`,
  );
  const server = await startServer();
  try {
    // The places the server answers for: the data set just built (GEO_DIR honoured end to end).
    const index = await (await fetch(`${server.url}/api/layers`)).json();
    const placesServed = index.layers.reduce((n, l) => n + l.feature_count, 0);
    console.log(`   serving ${placesServed} places`);
    const pages = {};
    for (const [name, pathname] of Object.entries(PAGES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstLoad(browser, server.url + pathname));
      pages[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, medianOf(runs, k)]));
      const p = pages[name];
      console.log(
        `   ${pathname.padEnd(15)} ${kb(p.total)} (HTML ${kb(p.html)} [${kb(p.htmlBytes)} uncompressed], JS ${kb(p.js)}, CSS ${kb(p.css)}, data ${kb(p.data)}, other ${kb(p.other)}; ${p.requests} requests)`,
      );
    }
    return { build, files, placesServed, pages };
  } finally {
    await server.stop();
  }
}

function verdict(ours, scaled) {
  const ratio = (f) => f(scaled) / f(ours);
  const goals = {
    map: { goal: `first load of / ≤ ${GOALS.transfer}× ours`, ratio: ratio((r) => r.pages.map.total) },
    embed: { goal: `first load of /embed ≤ ${GOALS.transfer}× ours`, ratio: ratio((r) => r.pages.embed.total) },
    build: { goal: `build ≤ ${GOALS.build}× ours`, ratio: ratio((r) => r.build.total) },
  };
  for (const [k, g] of Object.entries(goals)) g.met = g.ratio <= (k === 'build' ? GOALS.build : GOALS.transfer);
  console.log(`\nGoals (${MULTIPLE}× / ours):`);
  for (const g of Object.values(goals)) console.log(`   ${g.goal.padEnd(34)} ${fmt(g.ratio, 2)}×  ${g.met ? 'met' : 'MISSED'}`);
  return goals;
}

async function main(defer) {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 25) throw new Error('BENCH_RUNS must be an integer from 1 to 25');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'frontline-scale-'));
  defer(async () => rmSync(dir, { recursive: true, force: true }));
  const files = scaledGeoFiles(MULTIPLE);
  writeGeoFiles(files, dir);
  console.log(`Synthetic data set ${MULTIPLE}× ours in ${dir} (${files.size} files).`);
  const browser = await launchBrowser();
  defer(() => browser.close());
  // Until our own build has run to the end, a stop leaves the tree built from the synthetic data: rebuild.
  let restored = false;
  defer(async () => {
    if (restored) return;
    console.log('Rebuilding from geo/…');
    await timedBuild(undefined);
  });
  const scaled = await measure(`${MULTIPLE}× data`, dir, browser);
  const ours = await measure('our data', undefined, browser);
  restored = true;
  if (scaled.placesServed !== MULTIPLE * ours.placesServed)
    throw new Error(`the synthetic build served ${scaled.placesServed} places, not ${MULTIPLE} × ${ours.placesServed}`);
  const goals = verdict(ours, scaled);
  const results = { date: new Date().toISOString(), multiple: MULTIPLE, runs: RUNS, loadAtStart: os.loadavg(), ours, scaled, goals };
  writeFileSync(path.join(ROOT, 'bench', 'data-scale-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/data-scale-results.json.');
}

await runScript(main);
