/**
 * How the embed starts (components/embed/embed-entry.ts): its styles are in the page, and its entry
 * starts a worker that loads ICU's data for the frame's language (components/i18n/intl-warmup-worker.ts)
 * before the map's code, evaluated once the page has been painted, hydrates it. Without the worker
 * the frame starts as before: the warm-up is a head start, never a dependency.
 */
import { expect, test } from './fixtures';

const WARMUP = /\/_embed\/intl-warmup\.\w+\.js$/;

test('the frame starts the Intl warm-up worker, and the worker ends itself', async ({ page }) => {
  const worker = page.waitForEvent('worker', (w) => WARMUP.test(w.url()));
  await page.goto('/embed?tiles=0&lang=uk');
  await worker;
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  await expect.poll(() => page.workers().filter((w) => WARMUP.test(w.url())).length).toBe(0);
  await expect(page.locator('.date-stepper-value')).toHaveText('8 лютого 2023 р.');
});

test.describe('without the worker', () => {
  test.use({ expectedProblems: /intl-warmup|net::ERR_FAILED/ });

  test('the frame hydrates and formats its dates as before', async ({ page }) => {
    await page.route(WARMUP, (route) => route.abort());
    await page.goto('/embed?tiles=0&date=2022-06-30');
    await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
    await page.getByRole('button', { name: /Previous report/ }).click();
    await expect(page.locator('.date-stepper-value')).toHaveText('28 June 2022');
  });
});

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
