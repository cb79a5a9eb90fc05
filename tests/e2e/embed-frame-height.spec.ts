/**
 * The embed in a frame of any height (components/embed/embed.css): a plain iframe shorter than the
 * map keeps the map's credits and the date bar in view, the map giving up height rather than the
 * frame cutting them off; in a frame sized by embed.js, which follows the content, the map keeps
 * its own height.
 */
import type { FrameLocator, Locator } from '@playwright/test';
import { expect, hostPage, test, waitForMap } from './fixtures';

/** Whether `inner`'s box lies inside the iframe's visible box, to a pixel. */
async function inView(iframe: Locator, inner: Locator): Promise<boolean> {
  const frame = (await iframe.boundingBox())!;
  const box = (await inner.boundingBox())!;
  return box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1;
}

async function mapDrawn(frame: FrameLocator) {
  await expect(frame.locator('.leaflet-container')).toBeVisible();
  await expect(frame.locator('path.place-lysychansk')).toHaveCount(1);
}

for (const [width, height] of [
  [640, 300],
  [1000, 560],
  [360, 240],
] as const) {
  test(`a plain ${width}×${height} iframe shows the map's credits and the date bar`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: width + 40, height: 800 });
    await hostPage(
      page,
      `<iframe id="m" src="${baseURL}/embed?tiles=0" style="width:${width}px;height:${height}px;border:0" title="Map"></iframe>`,
    );
    const iframe = page.locator('#m');
    const frame = page.frameLocator('#m');
    await mapDrawn(frame);
    const credits = frame.locator('.leaflet-control-attribution');
    await expect(credits).toContainText('© OpenStreetMap contributors');
    await expect.poll(() => inView(iframe, credits)).toBe(true);
    await expect.poll(() => inView(iframe, frame.locator('.fm-bar .date-stepper-value'))).toBe(true);
  });
}

test('in a frame sized by embed.js the map keeps its own height', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1040, height: 800 });
  await hostPage(page, `<div id="map" style="width:1000px" data-frontline-map data-tiles="0"></div><script src="${baseURL}/embed.js"></script>`);
  const frame = page.frameLocator('#map iframe');
  await mapDrawn(frame);
  // 62vw of 1000 px, at most 560 px: the frame grew to the content, not the map shrunk to the frame's first height.
  await expect.poll(async () => Math.round((await frame.locator('.fm-map').boundingBox())!.height)).toBe(560);
  await expect.poll(() => inView(page.locator('#map iframe'), frame.locator('.fm-bar'))).toBe(true);
});

test('/embed opened on its own in a short window keeps the credits in view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 320 });
  await page.goto('/embed?tiles=0');
  await waitForMap(page);
  const credits = page.locator('.leaflet-control-attribution');
  const box = (await credits.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(320);
});
