/**
 * The map's legend and layers control leave the map in sight: they start folded to their buttons
 * where the map beside the sidebar is narrow (a tablet held upright, 820 px: both open covered
 * nearly all of its 480 px), and open where there is room for both and the map between them.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const legend = (page: Page) => page.locator('.map-legend');
const layersControl = (page: Page) => page.locator('.leaflet-control-layers');

test.describe('at a tablet’s width (820×1180)', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('the legend and the layers control start folded, and open when asked', async ({ page }) => {
    await page.goto('/?tiles=0');
    await waitForMap(page);
    await expect(legend(page)).toBeVisible();
    await expect(legend(page)).not.toHaveAttribute('open');
    await expect(layersControl(page)).not.toHaveClass(/leaflet-control-layers-expanded/);
    await legend(page).locator('summary').click();
    await expect(legend(page)).toHaveAttribute('open', '');
  });
});

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('both start open, and the map shows between them', async ({ page }) => {
    await page.goto('/?tiles=0');
    await waitForMap(page);
    await expect(legend(page)).toHaveAttribute('open', '');
    await expect(layersControl(page)).toHaveClass(/leaflet-control-layers-expanded/);
    const [map, legendBox, layersBox] = await Promise.all([page.locator('.map'), legend(page), layersControl(page)].map((l) => l.boundingBox()));
    // The legend sits at the left, the control at the right, with map between them.
    expect(layersBox!.x - (legendBox!.x + legendBox!.width)).toBeGreaterThan(0.2 * map!.width);
  });
});
