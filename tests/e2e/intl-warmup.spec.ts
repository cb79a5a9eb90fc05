/**
 * The Intl warm-up worker (components/i18n/intl-warmup-worker.ts), which the embed's entry and an
 * inline script in the head of every page of the main site start (components/i18n/warm-intl.ts): it
 * loads ICU's data for the page's language before the page's own formatters need it. Without it the page works as before: the
 * warm-up is a head start, never a dependency.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WARMUP = /\/_embed\/intl-warmup\.\w+\.js$/;

/** Opens `url`, which must start the warm-up worker, draw its map, and then see the worker end itself. */
async function startsAndEndsWorker(page: Page, url: string) {
  const worker = page.waitForEvent('worker', (w) => WARMUP.test(w.url()));
  await page.goto(url);
  await worker;
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  await expect.poll(() => page.workers().filter((w) => WARMUP.test(w.url())).length).toBe(0);
}

test('the frame starts the Intl warm-up worker, and the worker ends itself', async ({ page }) => {
  await startsAndEndsWorker(page, '/embed?tiles=0&lang=uk');
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

test('the main page starts it too, and draws its map', async ({ page }) => {
  await startsAndEndsWorker(page, '/uk?tiles=0');
});

test.describe('the main page, its own scripts held back', () => {
  test.use({ expectedProblems: /\/_next\/static\/chunks\/[\w.-]+\.js/ });

  test('starts it from its head as the page is parsed, not from its scripts, which would start it late', async ({ page }) => {
    await page.route(/\/_next\/static\/chunks\/[\w.-]+\.js$/, (route) => route.abort());
    const worker = page.waitForEvent('worker', (w) => WARMUP.test(w.url()));
    await page.goto('/uk?tiles=0');
    await worker;
  });
});
