/**
 * A story step's own page (lib/story-pages.ts): the map page at `/?story=…&step=…` is served with the
 * step's panel and quote rendered on the server, so that the quote is there before the page's
 * script runs, and for a reader without JavaScript; the browser then keeps that panel and makes it
 * work. The page's own path goes to the map's address; a story or step the build has no page for
 * gets the map page, as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, holdRequests, test, waitForMap } from './fixtures';

const GEO = path.join(__dirname, '..', '..', 'geo');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8'));
const steps: { report: string }[] = readJson('stories/twin-cities-2022.json').steps;
const quoteOf = (id: string) => readJson('reports.json').reports.find((r: { id: string; quote: string }) => r.id === id).quote as string;
const panel = (page: Page) => page.locator('.story-panel[data-story="twin-cities-2022"]').filter({ visible: true });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, expectedProblems: /\/(_next\/static|_embed)\/\S+\.(js|css) (csp|net::ERR_ABORTED)$/ });
  for (const [width, lang, url] of [
    [1280, 'en', '/?tiles=0&story=twin-cities-2022&step=3'],
    [390, 'uk', '/uk?tiles=0&story=twin-cities-2022&step=3'],
  ] as const) {
    test(`${url} at ${width}px: the step's quote, verbatim, and no button that would do nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(panel(page)).toHaveCount(1);
      await expect(panel(page).locator(`.report[data-report-id="${steps[2]!.report}"] .report-quote`)).toHaveText(
        `“${quoteOf(steps[2]!.report)}”`,
      );
      await expect(panel(page).locator('.story-progress')).toHaveText(lang === 'en' ? /^Step 3 of 8: / : /^Крок 3 з 8: /);
      // Close, Previous and Next: each needs the page's script, so none is shown without it.
      await expect(panel(page).locator('button')).toHaveCount(3);
      for (const button of await panel(page).locator('button').all()) await expect(button).toBeHidden();
    });
  }
});

test('with JavaScript, the server’s panel is kept, not drawn again, and then steps', async ({ page }) => {
  // The map's data held: the quote is there without it, from the server.
  const release = await holdRequests(page, /\/_data\/map\.\w+\.json$/);
  await page.goto('/?tiles=0&story=twin-cities-2022&step=3');
  const quote = panel(page).locator('.report-quote');
  await expect(quote).toHaveText(`“${quoteOf(steps[2]!.report)}”`);
  await quote.evaluate((el) => el.setAttribute('data-from-server', ''));
  release();
  await waitForMap(page);
  await expect(panel(page).locator('.report-quote[data-from-server]')).toHaveCount(1);
  await expect(page.locator('.story-panel')).toHaveCount(1);
  await panel(page).getByRole('button', { name: /Next/ }).click();
  await expect(panel(page).locator('.story-progress')).toHaveText(/^Step 4 of 8: /);
  await expect(panel(page).locator('.report-quote')).toHaveText(`“${quoteOf(steps[3]!.report)}”`);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('4');
});

test('the step page’s own path goes to the map’s address; a story or step with no page gets the map page', async ({ request }) => {
  for (const [from, to] of [
    ['/stories/twin-cities-2022/3', '/?story=twin-cities-2022&step=3'],
    ['/uk/stories/twin-cities-2022/1', '/uk?story=twin-cities-2022'],
  ]) {
    const res = await request.get(from!, { maxRedirects: 0 });
    expect(res.status(), from).toBe(308);
    expect(res.headers().location, from).toBe(to);
  }
  for (const url of ['/?story=no-such-story', '/?story=twin-cities-2022&step=99', '/?story=%3Cb%3E']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(await res.text(), url).not.toContain('class="story-panel');
  }
});
