import { chromium } from '@playwright/test';
const [url, out, w, h] = [process.argv[2], process.argv[3], Number(process.argv[4] || 1280), Number(process.argv[5] || 800)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: w, height: h }, isMobile: w < 600, hasTouch: w < 600 });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
if (process.argv[6]) { await page.click(process.argv[6]); await page.waitForTimeout(600); }
await page.screenshot({ path: out });
await browser.close();
