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
// Everything is served by one run of the production server (`npm start` without its build step) of the existing build on a free port of 127.0.0.1:
// the bench pages are written into public/_bench/ (gitignored) before the server starts, and
// deleted at the end. Prints a table; writes bench/results.json. See README "Performance".
import { chromium } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, quantile, ROOT, runScript, startServer } from './harness.mjs';
import { jsonForScript } from '../../lib/html.ts';
import { battleArea, withSyntheticLayer } from './synthetic.ts';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const SCALE_SIZES = [1_000, 10_000, 100_000];
const SEED = 20220703;
const GOALS = { weightRatio: 2.5, timeRatio: 1.5, scaleFirstRenderRatio: 3, panP95Ms: 50 };
// Lighthouse's default mobile figures (rtt 150 ms, 1.6 Mbps down, 750 kbps up), applied as
// DevTools-style request latency and throughput; plus a 4× CPU slowdown.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1280, height: 800 };
const PAN = { px: 400, ms: 2000 };
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const BENCH_DIR = path.join(ROOT, 'public', '_bench');
const scalePage = (n) => `/_bench/scale-${n}.html`;

/**
 * Injected before any page script: records performance.now() (ms since navigation start) when
 * the element `selector` matches first exists (firstPath), at the next animation frame, after
 * Leaflet's own frame callbacks such as a canvas redraw (firstFrame), and in the first task after
 * that frame was rendered (firstRender). Attributes are watched too: a bulk layer's canvas gets
 * `data-drawn` once its points are drawn (components/map/bulk-points-layer.ts).
 */
const OBSERVER = (selector) => {
  const t = { firstPath: null, firstFrame: null, firstRender: null, selector };
  window.__bench = t;
  const observer = new MutationObserver(() => {
    if (t.firstPath !== null || !document.querySelector(selector)) return;
    t.firstPath = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      t.firstFrame = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (t.firstRender = performance.now());
      ch.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn', 'class'] });
};
/** b: the first drawn layer of /embed or the baseline (any interactive SVG path). */
const FIRST_LAYER = 'path.leaflet-interactive';
/**
 * c: the synthetic points drawn: the bulk layer's canvas once it has drawn them, or (below
 * BULK_POINTS, drawn as SVG circle markers) the element of the last synthetic point, which gets
 * its class when it is added. SVG paths of our own layers do not match either.
 */
const pointsDrawn = (n) => `canvas.fm-bulk-points[data-layer="synthetic"][data-drawn], path.place-synthetic-${n}`;

function writeBenchFiles(defer) {
  rmSync(BENCH_DIR, { recursive: true, force: true });
  mkdirSync(path.join(BENCH_DIR, 'baseline'), { recursive: true });
  defer(async () => rmSync(BENCH_DIR, { recursive: true, force: true }));
  copyFileSync(path.join(ROOT, 'bench', 'baseline', 'index.html'), path.join(BENCH_DIR, 'baseline', 'index.html'));
  for (const f of ['leaflet.js', 'leaflet.css'])
    copyFileSync(path.join(ROOT, 'node_modules', 'leaflet', 'dist', f), path.join(BENCH_DIR, 'baseline', f));
  // next start lists public/ once when it starts: the scale pages must exist by then. Their
  // content needs the running app's /embed config, so they are filled in after the start.
  for (const n of SCALE_SIZES) writeFileSync(path.join(ROOT, 'public', scalePage(n)), 'pending');
}

/** The scale pages: the real /embed?tiles=0 page, its fm-config with a synthetic layer appended. */
async function writeScalePages(base) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'public', '_embed', 'manifest.json'), 'utf8'));
  const html = await (await fetch(`${base}/embed?tiles=0`)).text();
  for (const asset of [manifest.js, manifest.css])
    if (!html.includes(`"${asset}"`)) throw new Error(`/embed does not load ${asset} (public/_embed/manifest.json): rebuild`);
  const re = /(<script id="fm-config" type="application\/json">)([\s\S]*?)(<\/script>)/;
  const config = JSON.parse(html.match(re)[2]);
  const index = await (await fetch(`${base}/api/layers`)).json();
  const sizes = {};
  for (const n of SCALE_SIZES) {
    const page = html.replace(re, (_m, open, _json, close) => open + jsonForScript(withSyntheticLayer(config, n, SEED)) + close);
    writeFileSync(path.join(ROOT, 'public', scalePage(n)), page);
    sizes[n] = Buffer.byteLength(page);
  }
  return { bbox: battleArea(config.data), layerIds: index.layers.map((l) => l.id), sizes };
}

async function newPage(browser, { observe = null } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // Page errors make a failed wait say why.
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  const wait = (p) =>
    p.catch((e) => Promise.reject(new Error(`${page.url()}: ${e.message.split('\n')[0]}; ${problems.join('; ') || 'no page errors'}`)));
  if (observe) await page.addInitScript(OBSERVER, observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp, wait };
}

/** a. Bytes transferred (compressed, headers included) by kind, until the network is idle. */
async function weigh(browser, url) {
  const { context, page, cdp, wait } = await newPage(browser);
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, mime: e.response.mimeType }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await wait(page.goto(url, { waitUntil: 'networkidle' }));
  await wait(page.waitForSelector('path.leaflet-interactive', { state: 'attached' }));
  await page.waitForTimeout(250);
  const out = { js: 0, css: 0, data: 0, other: 0, requests: 0 };
  for (const r of requests.values()) {
    if (r.bytes === undefined) continue;
    out.requests++;
    const kind =
      r.type === 'Script'
        ? 'js'
        : r.type === 'Stylesheet'
          ? 'css'
          : r.type === 'Document' || ((r.type === 'Fetch' || r.type === 'XHR') && /json/.test(r.mime))
            ? 'data'
            : 'other';
    out[kind] += r.bytes;
  }
  out.total = out.js + out.css + out.data; // images, fonts and prefetches ("other") are not counted
  await context.close();
  return out;
}

/** b. ms from navigation start to the first drawn layer, throttled. */
async function firstLayer(browser, url) {
  const { context, page, cdp, wait } = await newPage(browser, { observe: FIRST_LAYER });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await wait(page.goto(url, { waitUntil: 'load', timeout: 120_000 }));
  await wait(page.waitForFunction(() => window.__bench.firstRender !== null, null, { timeout: 120_000 }));
  const t = await page.evaluate(() => window.__bench);
  await context.close();
  return t;
}

/** c. One scale run with n synthetic points: first render, heap after GC, frame times during a drag. */
async function scaleRun(browser, url, n) {
  const { context, page, cdp, wait } = await newPage(browser, { observe: pointsDrawn(n) });
  await wait(page.goto(url, { waitUntil: 'load', timeout: 180_000 }));
  await wait(page.waitForFunction(() => window.__bench.firstRender !== null, null, { timeout: 180_000, polling: 50 }));
  const t = await page.evaluate(() => window.__bench);
  await page.waitForTimeout(500);
  const renderer = await page.evaluate(() =>
    document.querySelector('canvas.fm-bulk-points') ? 'bulk canvas' : document.querySelector('.leaflet-pane canvas') ? 'canvas' : 'svg',
  );
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  const box = await page.locator('.fm-map').boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width / 2 + PAN.px / 2;
  const paneX = () => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.leaflet-map-pane')).transform).m41);
  const before = await paneX();
  await page.evaluate(() => {
    const f = { deltas: [], on: true, last: null };
    window.__frames = f;
    const tick = (now) => {
      if (f.last !== null) f.deltas.push(now - f.last);
      f.last = now;
      if (f.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const start = Date.now();
  for (let el = 0; el < PAN.ms; el = Date.now() - start) {
    await page.mouse.move(x0 - (PAN.px * el) / PAN.ms, y);
    await page.waitForTimeout(8);
  }
  await page.mouse.move(x0 - PAN.px, y);
  const moved = Math.abs((await paneX()) - before);
  const during = await page.evaluate(() => window.__frames.deltas.length);
  await page.mouse.up();
  // After the drag, Leaflet redraws the layers for the new view (moveend): the longest frame in
  // the next 1.5 s is that stall, reported apart from the frames while panning.
  await page.waitForTimeout(1500);
  const { deltas, after } = await page.evaluate((n) => {
    window.__frames.on = false;
    return { deltas: window.__frames.deltas.slice(0, n), after: window.__frames.deltas.slice(n) };
  }, during);
  await context.close();
  return {
    firstRender: t.firstRender,
    heapMB: heap.usedSize / 2 ** 20,
    frameMedian: median(deltas),
    frameP95: quantile(deltas, 0.95),
    frames: deltas.length,
    afterPanMaxFrame: Math.max(...after),
    movedPx: moved,
    renderer,
  };
}

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const medianOf = (runs, key) => median(runs.map((r) => r[key]));
/** "1 234 (1 100–1 400)": the median and the range over the runs. */
const spread = (runs, key, d = 0) => {
  const xs = runs.map((r) => r[key]);
  return `${fmt(median(xs), d)} (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})`;
};

const loadAtStart = os.loadavg().map((x) => +x.toFixed(2));

async function main(defer) {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 25) throw new Error('BENCH_RUNS must be an integer from 1 to 25');
  if (!existsSync(path.join(ROOT, 'public', '_embed', 'manifest.json'))) throw new Error('No embed bundle: run `npm run build` first.');
  writeBenchFiles(defer);
  console.log('Starting the production server (.next/origin-server.mjs) on a free port of 127.0.0.1 (existing build)…');
  const server = await startServer();
  defer(server.stop);
  const base = server.url;
  const { bbox, layerIds, sizes } = await writeScalePages(base);
  if (loadAtStart[0] > os.cpus().length)
    console.warn(`Warning: load average ${loadAtStart[0]} on ${os.cpus().length} cores: other work will skew the timings.`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  defer(() => browser.close());
  const chromiumVersion = browser.version();

  const baselineUrl = `${base}/_bench/baseline/index.html?layers=${layerIds.join(',')}`;
  const pages = { baseline: baselineUrl, embed: `${base}/embed?tiles=0`, map: `${base}/?tiles=0` };
  console.log(`Chromium ${chromiumVersion}, ${RUNS} runs per figure, server ${base}\n`);

  // Warm-up (not counted): the first request of each page after the server starts.
  for (const url of Object.values(pages)) await weigh(browser, url);

  // a. Weight, runs interleaved.
  const weight = { baseline: [], embed: [], map: [] };
  for (let i = 0; i < RUNS; i++) for (const k of Object.keys(weight)) weight[k].push(await weigh(browser, pages[k]));
  const weightMedian = Object.fromEntries(
    Object.entries(weight).map(([k, runs]) => [
      k,
      Object.fromEntries(['js', 'css', 'data', 'other', 'total', 'requests'].map((f) => [f, medianOf(runs, f)])),
    ]),
  );
  console.log('a. weight (compressed bytes transferred; total = JS + CSS + data)');
  for (const [k, w] of Object.entries(weightMedian)) {
    console.log(
      `   ${k.padEnd(9)} JS ${kb(w.js)}  CSS ${kb(w.css)}  data ${kb(w.data)}  total ${kb(w.total)}  (not counted: ${kb(w.other)} images/other; ${w.requests} requests)`,
    );
  }

  // b. Time to the first drawn layer, throttled, runs interleaved.
  const time = { baseline: [], embed: [] };
  await firstLayer(browser, pages.embed); // warm-up under throttling
  for (let i = 0; i < RUNS; i++) for (const k of Object.keys(time)) time[k].push(await firstLayer(browser, pages[k]));
  const timeMedian = Object.fromEntries(
    Object.entries(time).map(([k, runs]) => [k, { firstPath: medianOf(runs, 'firstPath'), firstRender: medianOf(runs, 'firstRender') }]),
  );
  console.log(`\nb. time to the first drawn layer (CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.latency} ms, 1.6 Mbps down / 750 kbps up, no cache)`);
  for (const k of Object.keys(timeMedian))
    console.log(`   ${k.padEnd(9)} first path ${spread(time[k], 'firstPath')} ms  first rendered frame ${spread(time[k], 'firstRender')} ms`);

  // c. Scale.
  const scale = Object.fromEntries(SCALE_SIZES.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const n of SCALE_SIZES) {
      const r = await scaleRun(browser, base + scalePage(n), n);
      scale[n].push(r);
      process.stdout.write(
        `   scale run ${i + 1}/${RUNS}, ${n} points: first render ${fmt(r.firstRender)} ms, heap ${fmt(r.heapMB, 1)} MB, frames median ${fmt(r.frameMedian, 1)} / p95 ${fmt(r.frameP95, 1)} ms, after release max ${fmt(r.afterPanMaxFrame)} ms, moved ${fmt(r.movedPx)} px\n`,
      );
    }
  }
  const scaleMedian = Object.fromEntries(
    Object.entries(scale).map(([n, runs]) => [
      n,
      {
        pageBytes: sizes[n],
        renderer: runs[0].renderer,
        firstRenderMs: medianOf(runs, 'firstRender'),
        heapMB: medianOf(runs, 'heapMB'),
        frameMedianMs: medianOf(runs, 'frameMedian'),
        frameP95Ms: medianOf(runs, 'frameP95'),
        framesPerPan: medianOf(runs, 'frames'),
        afterPanMaxFrameMs: medianOf(runs, 'afterPanMaxFrame'),
        movedPx: medianOf(runs, 'movedPx'),
      },
    ]),
  );

  const smallest = scaleMedian[SCALE_SIZES[0]];
  const largest = scaleMedian[SCALE_SIZES.at(-1)];
  const ratios = {
    weightEmbed: weightMedian.embed.total / weightMedian.baseline.total,
    weightMap: weightMedian.map.total / weightMedian.baseline.total,
    timeEmbed: timeMedian.embed.firstPath / timeMedian.baseline.firstPath,
    scaleFirstRender: largest.firstRenderMs / smallest.firstRenderMs,
  };
  const pannable = largest.movedPx >= 0.9 * PAN.px && largest.frameP95Ms <= GOALS.panP95Ms;
  const goals = {
    weight: { goal: `/embed ≤ ${GOALS.weightRatio}× baseline`, ratio: ratios.weightEmbed, met: ratios.weightEmbed <= GOALS.weightRatio },
    time: { goal: `/embed ≤ ${GOALS.timeRatio}× baseline`, ratio: ratios.timeEmbed, met: ratios.timeEmbed <= GOALS.timeRatio },
    scaleFirstRender: {
      goal: `${SCALE_SIZES.at(-1)} points ≤ ${GOALS.scaleFirstRenderRatio}× the ${SCALE_SIZES[0]}-point time`,
      ratio: ratios.scaleFirstRender,
      met: ratios.scaleFirstRender <= GOALS.scaleFirstRenderRatio,
    },
    pannable: {
      goal: `${SCALE_SIZES.at(-1)} points: the map follows a ${PAN.px} px drag (≥ 90%) with p95 frame ≤ ${GOALS.panP95Ms} ms`,
      movedPx: largest.movedPx,
      frameP95Ms: largest.frameP95Ms,
      met: pannable,
    },
  };

  const yes = (m) => (m ? 'met' : 'MISSED');
  console.log('\n| figure | ours | baseline | ratio | goal |');
  console.log('|---|---:|---:|---:|---|');
  console.log(
    `| weight, /embed?tiles=0 (JS + CSS + data, gzip) | ${kb(weightMedian.embed.total)} | ${kb(weightMedian.baseline.total)} | ${fmt(ratios.weightEmbed, 2)} | ≤ ${GOALS.weightRatio}: ${yes(goals.weight.met)} |`,
  );
  console.log(
    `| weight, /?tiles=0 (full map) | ${kb(weightMedian.map.total)} | ${kb(weightMedian.baseline.total)} | ${fmt(ratios.weightMap, 2)} | – |`,
  );
  console.log(
    `| first drawn layer, /embed, 4× CPU, 150 ms / 1.6 Mbps (median, range) | ${spread(time.embed, 'firstPath')} ms | ${spread(time.baseline, 'firstPath')} ms | ${fmt(ratios.timeEmbed, 2)} | ≤ ${GOALS.timeRatio}: ${yes(goals.time.met)} |`,
  );
  console.log(
    '\n| points | page (raw) | renderer | first render (median, range) | JS heap after GC | frame median while panning | frame p95 | longest frame after release | moved |',
  );
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const [n, s] of Object.entries(scaleMedian)) {
    console.log(
      `| ${Number(n).toLocaleString('en')} | ${(s.pageBytes / 2 ** 20).toFixed(1)} MB | ${s.renderer} | ${spread(scale[n], 'firstRender')} ms | ${fmt(s.heapMB, 1)} MB | ${fmt(s.frameMedianMs, 1)} ms | ${fmt(s.frameP95Ms, 1)} ms | ${fmt(s.afterPanMaxFrameMs)} ms | ${fmt(s.movedPx)} px |`,
    );
  }
  console.log(
    `\nScale: ${SCALE_SIZES.at(-1)} / ${SCALE_SIZES[0]} first render = ${fmt(ratios.scaleFirstRender, 2)} (goal ≤ ${GOALS.scaleFirstRenderRatio}: ${yes(goals.scaleFirstRender.met)}); pannable at ${SCALE_SIZES.at(-1)}: ${yes(pannable)}`,
  );

  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      chromium: chromiumVersion,
      platform: `${os.platform()} ${os.release()}`,
      // 1/5/15-minute load averages at start and end: other work on the machine skews timings.
      loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => +x.toFixed(2)) },
    },
    settings: {
      runs: RUNS,
      viewport: VIEWPORT,
      network: NETWORK,
      cpuSlowdown: CPU_SLOWDOWN,
      pan: PAN,
      seed: SEED,
      syntheticBbox: bbox,
      statistic: 'median of runs',
    },
    weight: { median: weightMedian, runs: weight },
    time: { median: timeMedian, runs: time },
    scale: { median: scaleMedian, runs: scale },
    ratios,
    goals,
  };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten: bench/results.json');
}

await runScript(main);
