// A screenshot of a page in Debian's Chromium, with third-party tiles blocked:
//   node scripts/screenshot.mjs URL out.png [W] [H] [clickSelector] [--dark]
// `--dark` emulates `prefers-color-scheme: dark`. Widths under 600 px are emulated as a phone.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const dark = process.argv.includes('--dark');
const args = process.argv.slice(2).filter((a) => a !== '--dark');
const [url, out, w, h] = [args[0], args[1], Number(args[2] || 1280), Number(args[3] || 800)];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: w, height: h },
  isMobile: w < 600,
  hasTouch: w < 600,
  colorScheme: dark ? 'dark' : 'light',
});
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
if (args[4]) {
  await page.click(args[4]);
  await page.waitForTimeout(600);
}
await page.screenshot({ path: out });
await browser.close();
