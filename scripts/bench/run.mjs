// `npm run bench`: the embed's weight, load time and scale in headless Chromium (Debian's), each
// figure the median of BENCH_RUNS runs (default 5), as ratios to a baseline measured in the same
// run: bench/baseline/index.html, the same layers drawn with Leaflet alone. Not part of `npm test`.
//
//   a. weight: bytes transferred (compressed, CDP encodedDataLength) of JS, CSS and data
//      (document + JSON) for /embed?tiles=0 and /?tiles=0, vs the baseline
//   b. time to the first drawn layer on /embed (first `path.leaflet-interactive`), CPU slowed 4×,
//      150 ms latency, 1.6 Mbps down, 750 kbps up, cache disabled, vs the baseline
//   c. scale: our embed bundle with 1,000 / 10,000 / 100,000 synthetic points (synthetic.ts),
//      encoded as the app encodes a layer (lib/bulk-points.ts: above BULK_POINTS, one bulk layer
//      drawn on one canvas): time until the synthetic points are drawn, JS heap after GC, frame
//      times during a 2-second drag and the longest frame after it (the redraw for the new view)
//
// Run with tsx (`npm run bench`), which lets this script import the app's TypeScript modules.
// Everything is served by one run of `next start` (`npm start` without its build step) on the
// existing build, on a free port of 127.0.0.1:
// the bench pages are written into public/_bench/ (gitignored) before the server starts, and
// deleted at the end. Prints a table; writes bench/results.json. See README "Performance".
//
// Each measurement is its own module beside this one (weight.mjs, first-layer.mjs, scale.mjs), the
// tables and results.json are report.mjs; this entry serves the pages and runs them in order.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from './bench-page.mjs';
import { measureFirstLayer } from './first-layer.mjs';
import { ROOT, runScript, startServer } from './harness.mjs';
import { report } from './report.mjs';
import { measureScale, SCALE_SIZES, scaleData, scalePage, writeScalePages } from './scale.mjs';
import { measureWeight } from './weight.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const BENCH_DIR = path.join(ROOT, 'public', '_bench');

function writeBenchFiles(defer) {
  rmSync(BENCH_DIR, { recursive: true, force: true });
  mkdirSync(path.join(BENCH_DIR, 'baseline'), { recursive: true });
  defer(async () => rmSync(BENCH_DIR, { recursive: true, force: true }));
  for (const f of ['index.html', 'fetch-layers.js', 'draw-layers.js'])
    copyFileSync(path.join(ROOT, 'bench', 'baseline', f), path.join(BENCH_DIR, 'baseline', f));
  for (const f of ['leaflet.js', 'leaflet.css'])
    copyFileSync(path.join(ROOT, 'node_modules', 'leaflet', 'dist', f), path.join(BENCH_DIR, 'baseline', f));
  // next start lists public/ once when it starts: the scale pages must exist by then. Their
  // content needs the running app's /embed config, so they are filled in after the start.
  for (const n of SCALE_SIZES) for (const file of [scalePage(n), scaleData(n)]) writeFileSync(path.join(ROOT, 'public', file), 'pending');
}

const loadAtStart = os.loadavg().map((x) => +x.toFixed(2));

async function main(defer) {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 25) throw new Error('BENCH_RUNS must be an integer from 1 to 25');
  if (!existsSync(path.join(ROOT, 'public', '_embed', 'manifest.json'))) throw new Error('No embed bundle: run `npm run build` first.');
  writeBenchFiles(defer);
  console.log('Starting the production server (next start) on a free port of 127.0.0.1 (existing build)…');
  const server = await startServer();
  defer(server.stop);
  const base = server.url;
  const { bbox, layerIds, sizes } = await writeScalePages(base);
  if (loadAtStart[0] > os.cpus().length)
    console.warn(`Warning: load average ${loadAtStart[0]} on ${os.cpus().length} cores: other work will skew the timings.`);
  const browser = await launchBrowser();
  defer(() => browser.close());
  const chromiumVersion = browser.version();

  const baselineUrl = `${base}/_bench/baseline/index.html?layers=${layerIds.join(',')}`;
  const pages = { baseline: baselineUrl, embed: `${base}/embed?tiles=0`, map: `${base}/?tiles=0` };
  console.log(`Chromium ${chromiumVersion}, ${RUNS} runs per figure, server ${base}\n`);

  const weight = await measureWeight(browser, pages, RUNS);
  const time = await measureFirstLayer(browser, pages, RUNS);
  const scale = await measureScale(browser, base, sizes, RUNS);
  report({ ...weight, ...time, ...scale }, { runs: RUNS, chromiumVersion, bbox, loadAtStart });
}

await runScript(main);
