// Debian's Chromium as every browser run here launches it: the browser tests (playwright.config.ts),
// the component tests (vitest.config.mts), the bench, screenshots and the pre-test check. Browser
// downloads are impossible on our machines; the flags keep it off the network and the GPU.

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), no GPU, and no background requests of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
