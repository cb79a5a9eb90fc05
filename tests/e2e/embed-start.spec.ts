/**
 * How the embed starts (components/embed/embed-entry.tsx): its styles are in the page, so that it
 * paints with no other request (its Intl warm-up worker: tests/e2e/intl-warmup.spec.ts).
 */
import { expect, test } from './fixtures';

test('the page carries its styles: no stylesheet is requested before it paints', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet') stylesheets.push(r.url());
  });
  await page.goto('/embed?tiles=0');
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  // Styled by the inlined sheet: Leaflet's container rule and the frame's own bar.
  await expect(page.locator('.leaflet-container')).toHaveCSS('overflow', 'hidden');
  expect(stylesheets).toEqual([]);
});
