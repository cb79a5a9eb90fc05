// Debian's Chromium as the bench drives it, and a fresh page (own context, cache off) per measurement.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

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

/** A page in its own context with the cache disabled; `observe` installs OBSERVER for that selector. */
export async function benchPage(browser, { observe = null } = {}) {
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
