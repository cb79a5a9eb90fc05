/**
 * The base map's names (offline-base.tsx, base-label.tsx) and the cities' labels: they come after the
 * layers' first frame, follow the zoom, and sit where a reader expects them.
 */
import { expect, test } from './fixtures';

test('the embed draws its layers first and its labels after that frame: base-map names and city labels all end up shown', async ({ page }) => {
  // Records, when Lysychansk's shape first exists, how many labels (city tooltips, base-map names) exist then.
  await page.addInitScript(() => {
    const w = window as unknown as { labelsWithFirstShape: number | null };
    w.labelsWithFirstShape = null;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('path.place-lysychansk')) return;
      w.labelsWithFirstShape = document.querySelectorAll('.leaflet-tooltip, .base-label').length;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.goto('/embed?tiles=0');
  await expect(page.locator('.base-label', { hasText: 'Russia' })).toBeVisible();
  for (const city of ['Lysychansk', 'Severodonetsk', 'Bakhmut']) await expect(page.locator('.place-label', { hasText: city })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { labelsWithFirstShape: number | null }).labelsWithFirstShape)).toBe(0);
  // The labels follow the zoom as before: fewer base-map names farther out.
  const before = await page.locator('.base-label').count();
  for (let i = 0; i < 3; i++) await page.locator('.leaflet-control-zoom-out').click();
  await expect.poll(() => page.locator('.base-label').count()).toBeLessThan(before);
});

test('a base-map name reads on one line beside its town’s dot, and a region’s name is centred on its point', async ({ page }) => {
  await page.goto('/embed?tiles=0');
  const town = page.locator('.base-label-town-label').first();
  await expect(town).toBeVisible();
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const dot = await box('path.base-town-dot');
  const text = await box('.base-label-town-label .base-label-text');
  // The dot is the first town's (they are drawn in the same order): its name starts just right of it, on its line.
  const dotCentre = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
  expect(text.x - dotCentre.x).toBeGreaterThanOrEqual(8);
  expect(text.x - dotCentre.x).toBeLessThanOrEqual(12);
  expect(Math.abs(text.y + text.height / 2 - dotCentre.y)).toBeLessThanOrEqual(1.5);
  expect(text.height).toBeLessThan(24);
  // A name without a dot (a region, a country): its text is centred on the marker's corner, its point.
  const marker = await box('.base-label:not(.base-label-town-label)');
  const centred = await box('.base-label:not(.base-label-town-label) .base-label-text');
  expect(Math.abs(centred.x + centred.width / 2 - marker.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(centred.y + centred.height / 2 - marker.y)).toBeLessThanOrEqual(1);
});

test('every base-map name is drawn over the base’s fill, not washed out under it, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`/embed?tiles=0&theme=${theme}`);
    await expect(page.locator('.base-label-town-label').first()).toBeVisible();
    const names = page.locator('.base-label-town-label .base-label-text');
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    let checked = 0;
    for (const name of await names.all()) {
      // The names in the frame's view (Leaflet keeps those just outside it on the map too).
      const box = (await name.boundingBox())!;
      if (box.x < map.x || box.y < map.y || box.x + box.width > map.x + map.width || box.y + box.height > map.y + map.height) continue;
      checked += 1;
      // The text's strongest pixel: #333 on light, #d4d4d4 on dark, when nothing lies over it.
      const png = await page.screenshot({ clip: box });
      const strongest = await page.evaluate(
        async ({ data, dark }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const red = ctx.getImageData(0, 0, canvas.width, canvas.height).data.filter((_, i) => i % 4 === 0);
          return dark ? Math.max(...red) : Math.min(...red);
        },
        { data: png.toString('base64'), dark: theme === 'dark' },
      );
      const text = await name.textContent();
      if (theme === 'light') expect(strongest, `${text} in the light theme`).toBeLessThanOrEqual(80);
      else expect(strongest, `${text} in the dark theme`).toBeGreaterThanOrEqual(185);
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  }
});

test('a city’s name sits 14 px right of its dot, centred on it; other places name themselves on hover', async ({ page }) => {
  await page.goto('/embed?tiles=0');
  const label = page.locator('.place-label', { hasText: 'Kramatorsk' });
  await expect(label).toBeVisible();
  const dot = (await page.locator('path.place-kramatorsk').boundingBox())!;
  const text = (await label.locator('.place-label-text').boundingBox())!;
  const centre = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
  expect(Math.abs(text.x - centre.x - 14)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(text.y + text.height / 2 - centre.y)).toBeLessThanOrEqual(1.5);
  // Switched off with its layer, and back with it.
  await page.locator('.leaflet-control-layers').hover();
  await page.getByRole('checkbox', { name: 'Cities' }).uncheck();
  await expect(label).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Cities' }).check();
  await expect(page.locator('.place-label', { hasText: 'Kramatorsk' })).toBeVisible();

  await page.locator('path.place-lysychansk-refinery').hover({ force: true });
  await expect(page.locator('.leaflet-tooltip.place-hover-label')).toHaveText('Lysychansk oil refinery');
});
