// b. Time to the first drawn layer on /embed and the baseline, throttled like a mid-range phone.
import { benchPage } from './bench-page.mjs';
import { medianOf, spread } from './figures.mjs';

// Lighthouse's default mobile figures (rtt 150 ms, 1.6 Mbps down, 750 kbps up), applied as
// DevTools-style request latency and throughput; plus a 4× CPU slowdown.
export const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const CPU_SLOWDOWN = 4;
/** The first drawn layer of /embed or the baseline (any interactive SVG path). */
const FIRST_LAYER = 'path.leaflet-interactive';

/** ms from navigation start to the first drawn layer, throttled. */
async function firstLayer(browser, url) {
  const { context, page, cdp, wait } = await benchPage(browser, { observe: FIRST_LAYER });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await wait(page.goto(url, { waitUntil: 'load', timeout: 120_000 }));
  await wait(page.waitForFunction(() => window.__bench.firstRender !== null, null, { timeout: 120_000 }));
  const t = await page.evaluate(() => window.__bench);
  await context.close();
  return t;
}

/** Times the baseline and /embed `runCount` times, interleaved, and prints the medians and ranges. */
export async function measureFirstLayer(browser, pages, runCount) {
  const time = { baseline: [], embed: [] };
  await firstLayer(browser, pages.embed); // warm-up under throttling
  for (let i = 0; i < runCount; i++) for (const k of Object.keys(time)) time[k].push(await firstLayer(browser, pages[k]));
  const timeMedian = Object.fromEntries(
    Object.entries(time).map(([k, runs]) => [k, { firstPath: medianOf(runs, 'firstPath'), firstRender: medianOf(runs, 'firstRender') }]),
  );
  console.log(`\nb. time to the first drawn layer (CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.latency} ms, 1.6 Mbps down / 750 kbps up, no cache)`);
  for (const k of Object.keys(timeMedian))
    console.log(`   ${k.padEnd(9)} first path ${spread(time[k], 'firstPath')} ms  first rendered frame ${spread(time[k], 'firstRender')} ms`);
  return { time, timeMedian };
}
