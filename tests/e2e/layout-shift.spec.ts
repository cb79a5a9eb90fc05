/**
 * The embed does not shift its layout as it starts (issue 17, Lighthouse's CLS): at phone width,
 * in both languages, the shifts Chromium reports from navigation until the map is drawn with its
 * controls and credits add up to less than 0.01 (Lighthouse counts 0.1 as the limit of "good").
 * The data's credits are added before the map's first paint: added after it, they grew the
 * attribution from its one-word prefix under the reader's eyes, and moved the legend (0.038).
 */
import { expect, test, waitForMap } from './fixtures';

test.use({ viewport: { width: 412, height: 823 } });

for (const lang of ['en', 'uk']) {
  test(`the embed in ${lang} keeps its layout still as it starts`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
          if (!entry.hadRecentInput)
            w.shifts.push({
              value: entry.value,
              sources: entry.sources.map((s) => (s.node as Element | undefined)?.className?.toString() ?? '?'),
            });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/embed?tiles=0&lang=${lang}`);
    await waitForMap(page);
    await expect(page.locator('.leaflet-control-scale')).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.map-legend')).toBeVisible();
    // Two frames more: a shift is reported once the frame that shows it is painted.
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve((window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts)),
          ),
        ),
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
  });
}
