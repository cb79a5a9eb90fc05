/**
 * Several maps on one article page share one copy of the map's data (lib/data-files.ts): each frame
 * asks for the same content-hashed, immutable file, and the browser's HTTP cache answers all but
 * the first. Measured in a context of its own, with no request routing: Playwright turns the HTTP
 * cache off for a page whose requests it routes, so the shared fixture (which blocks tile hosts)
 * would hide what a reader's browser does. The maps draw no tiles, so nothing leaves loopback.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { expect, HOST, test } from './fixtures';

interface Traffic {
  /** Requests for the map's data file answered over the network, not from the browser's cache. */
  dataFetches: number;
  /** Bytes received from the app's origin (headers and bodies, as sent on the wire). */
  /** Fetches of the interface's messages file (lib/message-files.ts) that came over the network. */
  messageFetches: number;
  appBytes: number;
}

/** Records, through the DevTools protocol, what the page and its frames fetch from the app. */
async function recordTraffic(page: Page, appOrigin: string): Promise<{ session: CDPSession; traffic: Traffic }> {
  const session = await page.context().newCDPSession(page);
  const traffic: Traffic = { dataFetches: 0, messageFetches: 0, appBytes: 0 };
  const fromApp = new Set<string>();
  const dataRequests = new Set<string>();
  const messageRequests = new Set<string>();
  session.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (!request.url.startsWith(appOrigin)) return;
    fromApp.add(requestId);
    if (/\/_data\/map\.\w+\.json$/.test(request.url)) dataRequests.add(requestId);
    if (/\/_data\/messages-\w+\.\w+\.json$/.test(request.url)) messageRequests.add(requestId);
  });
  // A request the cache answers receives nothing over the wire. (Frames that ask while the first
  // answer is still arriving wait for it in Chromium's cache, and are not flagged fromDiskCache.)
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (!fromApp.has(requestId)) return;
    traffic.appBytes += encodedDataLength;
    if (dataRequests.has(requestId) && encodedDataLength > 0) traffic.dataFetches += 1;
    if (messageRequests.has(requestId) && encodedDataLength > 0) traffic.messageFetches += 1;
  });
  await session.send('Network.enable');
  return { session, traffic };
}

/** A host page with `count` maps one under the other, and how many have said they are ready. */
async function article(browser: Browser, baseURL: string, name: string, count: number) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const { traffic } = await recordTraffic(page, baseURL);
  const maps = Array.from({ length: count }, () => '<div data-frontline-map data-tiles="0"></div><p>Text.</p>');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body><h1>An article</h1>${maps.join('')}
    <script>window.ready = 0; document.addEventListener('frontline-map:ready', function () { window.ready += 1; });</script>
    <script src="${baseURL}/embed.js"></script></body></html>`;
  const res = await page.request.post(`${HOST}/pages/${name}`, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(res.status()).toBe(204);
  await page.goto(`${HOST}/pages/${name}`);
  const ready = () => page.evaluate(() => (window as unknown as { ready: number }).ready);
  // Scrolled through, so that every lazy frame loads; each says "ready" once its map's data is in.
  for (let i = 0; i < count; i++) await page.locator('[data-frontline-map]').nth(i).scrollIntoViewIfNeeded();
  await expect.poll(ready, { timeout: 30_000 }).toBe(count);
  await expect(page.frameLocator('[data-frontline-map] iframe').last().locator('path.place-lysychansk')).toHaveCount(1);
  return { context, traffic };
}

test('five maps on one page fetch the data file and the messages once, and cost at most 1.3 times one map', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const one = await article(browser, baseURL!, 'one-map', 1);
  expect(one.traffic.dataFetches).toBe(1);
  expect(one.traffic.messageFetches).toBe(1);
  await one.context.close();
  const five = await article(browser, baseURL!, 'five-maps-shared', 5);
  expect(five.traffic.dataFetches).toBe(1);
  expect(five.traffic.messageFetches).toBe(1);
  expect(five.traffic.appBytes / one.traffic.appBytes).toBeLessThanOrEqual(1.3);
  await five.context.close();
});
