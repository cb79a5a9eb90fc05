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

test('the list the server sent is the list the browser keeps: its elements updated in place, not made anew', async ({ page }) => {
  const release = await holdRequests(page, /\/_data\/(map|digests)\.\w+\.json$/);
  // Bakhmut chosen in the URL: the list marks it only once it is drawn from the data, which tells
  // when the server's list has been replaced, or kept. (Its pop-up then takes the focus: a reader
  // tabbed into a list that was made anew lost their place, tested here as the element's identity.)
  await page.goto('/?tiles=0&place=bakhmut');
  const serverLink = page.locator('nav.place-list a.place-link:not([data-place-id="bakhmut"])').nth(1);
  const id = await serverLink.getAttribute('data-place-id');
  await serverLink.evaluate((el) => el.setAttribute('data-server-sent', ''));
  await expect(page.locator('a.place-link[aria-current]')).toHaveCount(0);
  release();
  await expect(page.locator('a.place-link[data-place-id="bakhmut"]')).toHaveAttribute('aria-current', 'true');
  // The same element, not one made anew: it still has the mark.
  await expect(page.locator('a.place-link[data-server-sent]')).toHaveAttribute('data-place-id', id!);
  // And it chooses the place on the map instead of leaving for the place's page.
  await waitForMap(page);
  await page.locator('a.place-link[data-server-sent]').click();
  await expect(page).toHaveURL(new RegExp(`[?&]place=${id}`));
});

test('an entry of the list chosen before the map’s data is here chooses the place on the map, not its page', async ({ page }) => {
  const release = await holdRequests(page, /\/_data\/(map|digests)\.\w+\.json$/);
  await page.goto('/?tiles=0');
  // Hydrated (its handler is attached), the data still held: the map is not there yet.
  const link = page.locator('nav.place-list[data-selectable] a.place-link[data-place-id="azot"]');
  await expect(link).toHaveCount(1);
  await expect(page.locator('path.place-azot')).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(/\/\?(.*&)?place=azot/);
  release();
  await waitForMap(page);
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Azot');
});
