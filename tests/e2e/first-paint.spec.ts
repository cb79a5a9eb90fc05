/**
 * What the map page paints first stays painted until the map covers it (issue 17, Lighthouse's
 * largest contentful paint): the placeholder in the prerendered HTML is the one element shown
 * while the data and then the map's code load, not one made anew when the data comes (which the
 * browser took as a new, later largest paint); once the map is drawn it is hidden from sight and
 * from screen readers. A page opened at a story step shows the step's quote and places without
 * waiting for the map's data file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, holdRequests, test, waitForMap } from './fixtures';

const GEO = path.join(__dirname, '..', '..', 'geo');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8'));

/** Holds the map's data file until the returned function is called. */
const holdMapData = (page: import('@playwright/test').Page) => holdRequests(page, /\/_data\/map\.\w+\.json$/);

test('the placeholder painted first is the same element until the map covers it, then hidden', async ({ page }) => {
  const release = await holdMapData(page);
  await page.goto('/?tiles=0');
  const placeholder = page.locator('.map-frame > .map-loading');
  await expect(placeholder).toBeVisible();
  await placeholder.evaluate((el) => el.setAttribute('data-first-painted', ''));
  release();
  await waitForMap(page);
  // One placeholder, the marked one: kept, not replaced, while the map's code loaded.
  await expect(page.locator('.map-loading')).toHaveCount(1);
  await expect(page.locator('.map-loading[data-first-painted]')).toHaveCount(1);
  await expect(placeholder).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toHaveCount(0);
});

test('a page opened at a story step shows its quote and its place before the map’s data is here', async ({ page }) => {
  const release = await holdMapData(page);
  await page.goto('/?tiles=0&story=twin-cities-2022&step=3');
  const story = page.getByRole('region', { name: 'Severodonetsk and Lysychansk, June 2022' });
  const step = readJson('stories/twin-cities-2022.json').steps[2];
  const report = readJson('reports.json').reports.find((r: { id: string }) => r.id === step.report);
  await expect(story.locator(`.report[data-report-id="${step.report}"] .report-quote`)).toHaveText(`“${report.quote}”`);
  // The step's place by its name, not its id, though the map's data (with every place's names) is held.
  await expect(story.locator('.story-progress')).toHaveText('Step 3 of 8: Siverskyi Donets river, Lysychansk');
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  release();
  await waitForMap(page);
  await expect(story.locator('.story-progress')).toHaveText('Step 3 of 8: Siverskyi Donets river, Lysychansk');
});

test('the list the server sent is the list the browser keeps: a reader tabbed into it stays where they are', async ({ page }) => {
  const release = await holdRequests(page, /\/_data\/(map|digests)\.\w+\.json$/);
  await page.goto('/?tiles=0');
  const serverLink = page.locator('nav.place-list:not([data-selectable]) a.place-link').nth(1);
  const id = await serverLink.getAttribute('data-place-id');
  await serverLink.evaluate((el) => el.setAttribute('data-server-sent', ''));
  await serverLink.focus();
  release();
  await expect(page.locator('nav.place-list[data-selectable]')).toHaveCount(1);
  // The same element, not one made anew: it still has the mark, and it still has the focus.
  await expect(page.locator('a.place-link[data-server-sent]')).toHaveAttribute('data-place-id', id!);
  await expect(page.locator('a.place-link[data-server-sent]')).toBeFocused();
  // And it now chooses the place on the map instead of leaving for the place's page.
  await waitForMap(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]place=${id}`));
});
