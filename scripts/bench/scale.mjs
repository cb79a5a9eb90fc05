// c. Scale: our embed bundle with 1,000 / 10,000 / 100,000 synthetic points (synthetic.ts): time
// until they are drawn, JS heap after GC, frame times during a drag and the longest frame after it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonForScript } from '../../lib/html.ts';
import { benchPage } from './bench-page.mjs';
import { fmt, medianOf } from './figures.mjs';
import { median, quantile, ROOT } from './harness.mjs';
import { decodeMapData, encodeMapData } from '../../lib/map-data-codec.ts';
import { battleArea, withSyntheticLayer } from './synthetic.ts';

export const SCALE_SIZES = [1_000, 10_000, 100_000];
export const SEED = 20220703;
export const PAN = { px: 400, ms: 2000 };
export const scalePage = (n) => `/_bench/scale-${n}.html`;
/** The data file of a scale page: the map's data file with the synthetic layer appended. */
export const scaleData = (n) => `/_bench/scale-data-${n}.json`;

/**
 * The synthetic points drawn: the bulk layer's canvas once it has drawn them, or (below
 * BULK_POINTS, drawn as SVG circle markers) the element of the last synthetic point, which gets
 * its class when it is added. SVG paths of our own layers do not match either.
 */
const pointsDrawn = (n) => `canvas.fm-bulk-points[data-layer="synthetic"][data-drawn], path.place-synthetic-${n}`;

/**
 * The scale pages: the real /embed?tiles=0 page, pointed at a copy of the map's data file with a
 * synthetic layer appended (written beside it in public/_bench/).
 */
export async function writeScalePages(base) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'public', '_embed', 'manifest.json'), 'utf8'));
  const html = await (await fetch(`${base}/embed?tiles=0`)).text();
  // The page's stylesheet is inlined (lib/embed-assets.ts): its entry script names the build.
  if (!html.includes(`"${manifest.js}"`)) throw new Error(`/embed does not load ${manifest.js} (public/_embed/manifest.json): rebuild`);
  const re = /(<script id="fm-config" type="application\/json">)([\s\S]*?)(<\/script>)/;
  const config = JSON.parse(html.match(re)[2]);
  const file = decodeMapData(await (await fetch(`${base}${config.shell.dataUrl}`)).json());
  const index = await (await fetch(`${base}/api/layers`)).json();
  const sizes = {};
  for (const n of SCALE_SIZES) {
    const dataUrl = scaleData(n);
    const data = JSON.stringify(encodeMapData(withSyntheticLayer(file, n, SEED)));
    writeFileSync(path.join(ROOT, 'public', dataUrl), data);
    const scaled = { ...config, shell: { ...config.shell, dataUrl } };
    const page = html
      .replace(re, (_m, open, _json, close) => open + jsonForScript(scaled) + close)
      .replaceAll(`href="${config.shell.dataUrl}"`, `href="${dataUrl}"`);
    writeFileSync(path.join(ROOT, 'public', scalePage(n)), page);
    sizes[n] = Buffer.byteLength(page) + Buffer.byteLength(data);
  }
  return { bbox: battleArea(file), layerIds: index.layers.map((l) => l.id), sizes };
}

/** Drags the map PAN.px to the left over PAN.ms: how far it followed and the frame times during and after. */
async function dragFrames(page) {
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
  return { moved, deltas, after };
}

/** One scale run with n synthetic points: first render, heap after GC, frame times during a drag. */
async function scaleRun(browser, url, n) {
  const { context, page, cdp, wait } = await benchPage(browser, { observe: pointsDrawn(n) });
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
  const { moved, deltas, after } = await dragFrames(page);
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

/** Runs every size `runCount` times, printing each run, and returns the runs and their medians. */
export async function measureScale(browser, base, sizes, runCount) {
  const scale = Object.fromEntries(SCALE_SIZES.map((n) => [n, []]));
  for (let i = 0; i < runCount; i++) {
    for (const n of SCALE_SIZES) {
      const r = await scaleRun(browser, base + scalePage(n), n);
      scale[n].push(r);
      process.stdout.write(
        `   scale run ${i + 1}/${runCount}, ${n} points: first render ${fmt(r.firstRender)} ms, heap ${fmt(r.heapMB, 1)} MB, frames median ${fmt(r.frameMedian, 1)} / p95 ${fmt(r.frameP95, 1)} ms, after release max ${fmt(r.afterPanMaxFrame)} ms, moved ${fmt(r.movedPx)} px\n`,
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
  return { scale, scaleMedian };
}
