import { test as base, expect, type Page } from '@playwright/test';
import { HASHED_FILE_PATH } from '../../lib/cache-headers';

/** Third-party tile hosts: blocked in every test (no network here, and tests must not depend on it). */
export const TILE_HOST = /tile\.openstreetmap\.org/;

interface Fixtures {
  /** Console errors and failed requests, other than blocked third-party tiles. */
  problems: string[];
  /** Problems a test expects (for instance a frame the browser refuses to show). */
  expectedProblems: RegExp | null;
}

/**
 * Every test: tiles blocked, console errors and failed requests collected; a test fails if any
 * problem other than a third-party tile shows up.
 */
export const test = base.extend<Fixtures>({
  expectedProblems: [null, { option: true }],
  problems: [
    async ({ page, expectedProblems }, use) => {
      const problems: string[] = [];
      await page.route(TILE_HOST, (route) => route.abort('internetdisconnected'));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (TILE_HOST.test(msg.location().url) || TILE_HOST.test(msg.text())) return;
        problems.push(`console: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        if (TILE_HOST.test(req.url())) return;
        // The browser drops a page's icon, the script of its Intl warm-up worker, the code chunks, the
        // data files (a pop-up's reporting, still loading when a test follows the language switcher)
        // and the style sheets' images (Leaflet's control icons) it is still fetching when the page goes
        // away before they arrive (a reload, a link followed, the front door's redirect to the
        // reader's language): not a problem of the page. A missing file is an HTTP 404, caught below;
        // a refused one fails with another reason (csp, blocked).
        const pathname = new URL(req.url()).pathname;
        // The content-hashed files are named by the one pattern the cache headers use (the data, a
        // place's quotes in their hashed folder, the embed's code and images, the small maps).
        const droppedWithPage =
          pathname === '/icon.svg' ||
          HASHED_FILE_PATH.test(pathname) ||
          /^\/_next\/static\/chunks\/[\w.-]+\.js$/.test(pathname) ||
          /^\/_next\/static\/media\/[\w.-]+\.png$/.test(pathname);
        if (req.failure()?.errorText === 'net::ERR_ABORTED' && droppedWithPage) return;
        problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !TILE_HOST.test(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(
        problems.filter((p) => !expectedProblems?.test(p)),
        'console errors or failed requests',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Options for a page read with JavaScript off: the browser refuses the page's scripts (and a click away aborts loads), as expected. */
export const WITHOUT_JAVASCRIPT = { javaScriptEnabled: false, expectedProblems: /_next\/static\/\S+\.(js|css) (csp|net::ERR_ABORTED)$/ };

/** Waits until the map has drawn its data layers. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  // Every data layer drawn: they come one per task (components/map/use-in-turn.ts), the map busy meanwhile.
  await expect(page.locator('.leaflet-container[aria-busy]')).toHaveCount(0);
  // And the browser's place list, which takes the server's place a commit after the map's
  // (components/map/map-app.tsx): its entries choose the place on the map, the server's link to its page.
  if ((await page.locator('nav.place-list').count()) > 0) await expect(page.locator('nav.place-list:not([data-selectable])')).toHaveCount(0);
}

/**
 * Holds the requests whose URL matches `pattern` until the returned function is called, as a slow
 * network would: what the page shows without them can be checked, then what it shows once they come.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** The open Leaflet pop-up. */
export const popup = (page: Page) => page.locator('.leaflet-popup .place-popup');

/** A second origin (another port, tests/e2e/host-server.mjs) for the host pages of the embed tests. */
export const HOST = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 1}`;

/** Serves `body` as an article on the second origin and opens it. */
export async function hostPage(page: Page, body: string, name = 'article'): Promise<void> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body><h1>An article</h1>${body}</body></html>`;
  const res = await page.request.post(`${HOST}/pages/${name}`, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(res.status()).toBe(204);
  await page.goto(`${HOST}/pages/${name}`);
}
