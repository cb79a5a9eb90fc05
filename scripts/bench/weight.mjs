// a. Weight: bytes transferred (compressed, CDP encodedDataLength) of JS, CSS and data per page.
import http from 'node:http';
import { benchPage } from './bench-page.mjs';
import { kb, medianOf } from './figures.mjs';

/**
 * A file's bytes as a browser transfers it (compressed as Chromium asks, headers included), asked
 * for again: for the requests whose answer goes to another DevTools target than the page's, such as
 * a worker's own script (the Intl warm-up worker), which the page's session sees leave but not arrive.
 */
export function transferred(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      const head = `HTTP/1.1 ${res.statusCode}\r\n${Object.entries(res.headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`;
      let bytes = Buffer.byteLength(head);
      res.on('data', (chunk) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
  });
}

/** Bytes transferred (compressed, headers included) by kind, until the network is idle. */
async function weigh(browser, url) {
  const { context, page, cdp, wait } = await benchPage(browser);
  const requests = new Map();
  const sent = new Map();
  cdp.on('Network.requestWillBeSent', (e) => sent.set(e.requestId, { url: e.request.url, type: e.type }));
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, mime: e.response.mimeType }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await wait(page.goto(url, { waitUntil: 'networkidle' }));
  await wait(page.waitForSelector('path.leaflet-interactive', { state: 'attached' }));
  await page.waitForTimeout(250);
  for (const [id, r] of sent) {
    if (!requests.has(id) && r.type === 'Script' && r.url.startsWith('http')) requests.set(id, { ...r, bytes: await transferred(r.url) });
  }
  const out = { js: 0, css: 0, data: 0, other: 0, requests: 0 };
  for (const r of requests.values()) {
    if (r.bytes === undefined) continue;
    out.requests++;
    const kind =
      r.type === 'Script'
        ? 'js'
        : r.type === 'Stylesheet'
          ? 'css'
          : // JSON is data whatever asked for it: fetch(), or a <link rel="preload" as="fetch"> (type Other)
            r.type === 'Document' || /json/.test(r.mime)
            ? 'data'
            : 'other';
    out[kind] += r.bytes;
  }
  out.total = out.js + out.css + out.data; // images, fonts and prefetches ("other") are not counted
  await context.close();
  return out;
}

/** Weighs the baseline, /embed and the full map `runCount` times, interleaved, and prints the medians. */
export async function measureWeight(browser, pages, runCount) {
  // Warm-up (not counted): the first request of each page after the server starts.
  for (const url of Object.values(pages)) await weigh(browser, url);

  const weight = { baseline: [], embed: [], map: [] };
  for (let i = 0; i < runCount; i++) for (const k of Object.keys(weight)) weight[k].push(await weigh(browser, pages[k]));
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
  return { weight, weightMedian };
}
