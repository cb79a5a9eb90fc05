import fs from 'node:fs';
import path from 'node:path';
import { expect, popup, test, waitForMap } from './fixtures';
import type { Page } from '@playwright/test';

const skyText = fs.readFileSync(path.join(__dirname, '..', '..', 'geo', 'sources', 'sky-news-lysychansk.txt'), 'utf8');

test('draws every layer, with a class per place, over the offline base', async ({ page, problems }) => {
  await page.goto('/');
  await waitForMap(page);
  for (const id of [
    'lysychansk',
    'severodonetsk',
    'bakhmut',
    'siverskyi-donets',
    'lysychansk-refinery',
    'azot',
    'bridge-pavlohrad',
    'luhansk-region',
    'donbas',
    'kramatorsk',
  ]) {
    await expect(page.locator(`.place-${id}`), id).toHaveCount(1);
  }
  // Styles come from the style table: the river is drawn as a stroke, a city with a fill.
  await expect(page.locator('path.place-siverskyi-donets')).toHaveAttribute('fill', 'none');
  await expect(page.locator('path.place-lysychansk')).not.toHaveAttribute('fill', 'none');
  // Legend, scale bar and data credits.
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('City (urban extent)');
  await expect(page.locator('.leaflet-control-scale')).toBeVisible();
  const attribution = page.locator('.leaflet-control-attribution');
  await expect(attribution).toContainText('© OpenStreetMap contributors');
  await expect(attribution).toContainText('Made with Natural Earth');
  // The project's credit has no address of its own: it links to the About page's credits.
  await expect(attribution.getByRole('link', { name: /^Front-line map project/ })).toHaveAttribute('href', '/about#credits');
  // The first view frames the twin cities and Bakhmut.
  const box = await page.locator('.map').boundingBox();
  for (const id of ['lysychansk', 'severodonetsk', 'bakhmut']) {
    const b = await page.locator(`path.place-${id}`).boundingBox();
    expect(
      b && box && b.x >= box.x && b.x + b.width <= box.x + box.width + 1 && b.y >= box.y && b.y + b.height <= box.y + box.height + 1,
      id,
    ).toBe(true);
  }
  expect(problems).toEqual([]);
});

test('clicking Lysychansk shows the Sky News report verbatim with its citation', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('path.place-lysychansk').click({ position: { x: 20, y: 60 }, force: true });
  const p = popup(page);
  await expect(p.getByRole('heading', { name: /Lysychansk/ })).toBeVisible();
  await expect(p).toContainText('Лисичанськ');
  // The quotes come with the place's reporting file, after the pop-up opens: wait for them.
  await expect(p.locator('blockquote').first()).toBeVisible();
  const quotes = await p.locator('blockquote').allTextContents();
  expect(quotes.length).toBeGreaterThanOrEqual(1);
  expect(quotes.length).toBeLessThanOrEqual(3);
  // Each quote is in quotation marks and verbatim in the source text.
  for (const q of quotes) {
    expect(q.startsWith('“') && q.endsWith('”')).toBe(true);
    expect(skyText.replace(/\s+/g, ' ')).toContain(q.slice(1, -1));
  }
  const sky = p.locator('figure', { hasText: 'Sky News' }).first();
  await expect(sky.locator('cite')).toContainText('Alex Crawford');
  await expect(sky.locator('cite')).toContainText('c. 30 June – 2 July 2022');
  // The copy it quotes from, opened at the quoted words (tests/e2e/quote-links.spec.ts follows them).
  await expect(sky.locator('cite a')).toHaveAttribute('href', /^https:\/\/yourmicrocast\.com\/\?p=40611#:~:text=\S+$/);
  await expect(p.getByRole('button', { name: /All reporting \(\d+\)/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]place=lysychansk/);
});

test('?place=bakhmut opens Bakhmut’s pop-up; All reporting lists every report with the rewrite’s notes', async ({ page }) => {
  await page.goto('/?place=bakhmut');
  await expect(popup(page).getByRole('heading', { name: /Bakhmut/ })).toBeVisible();
  await expect(page).toHaveTitle('Bakhmut: what was reported · Front-line map');
  await popup(page)
    .getByRole('button', { name: /All reporting/ })
    .click();
  const panel = page.getByRole('region', { name: /All reporting on Bakhmut/ });
  await expect(panel).toBeVisible();
  await panel.getByText('About this source').first().click();
  await expect(panel).toContainText('24 February 2022');
  await expect(panel).toContainText('Orla Guerin');
  const n = Number((await panel.getByRole('heading', { level: 2 }).textContent())?.match(/\((\d+)\)/)?.[1]);
  await expect(panel.locator('.panel-source blockquote')).toHaveCount(n);
  // Grouped by source and in date order within a group.
  const dates = await panel.locator('figure time').first().getAttribute('datetime');
  expect(dates).toMatch(/^2023-02-0\d$/);
  // Still the place's title once the map has written its view into the URL (Next re-renders its own then).
  await expect(page).toHaveURL(/[?&]z=\d+/);
  await expect(page).toHaveTitle('Bakhmut: what was reported · Front-line map');
});

test('approximate places say so in the pop-up', async ({ page }) => {
  await page.goto('/?place=lysychansk-refinery');
  await expect(popup(page).locator('.precision-note')).toContainText('Approximate location');
  await expect(popup(page).locator('.precision-note')).toContainText('3,000 m');
  await expect(page.locator('path.uncertainty-lysychansk-refinery')).toHaveCount(1);
});

test('searching "Сєвєродонецьк" selects Severodonetsk', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('Find a place').fill('Сєвєродонецьк');
  await page.getByLabel('Find a place').press('Enter');
  await expect(popup(page).getByRole('heading', { name: /Severodonetsk/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]place=severodonetsk/);
  await page.getByLabel('Find a place').fill('artemivsk');
  await expect(page.locator('[data-search-hit="bakhmut"]')).toBeVisible();
});

test('the Russian names come with the search: Enter pressed before they are here waits for them', async ({ page }) => {
  // The search names file (Russian names, other spellings) is held until the test lets it go.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = 0;
  await page.route(/\/_data\/search\.\w+\.json$/, async (route) => {
    asked++;
    await held;
    await route.continue();
  });
  await page.goto('/?tiles=0');
  await waitForMap(page);
  expect(asked, 'not asked for before the reader searches').toBe(0);
  await page.getByLabel('Find a place').fill('Северодонецк');
  await page.getByLabel('Find a place').press('Enter');
  await expect.poll(() => asked).toBe(1);
  await expect(page.locator('[data-search-hit]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]place=/);
  release();
  await expect(popup(page).getByRole('heading', { name: /Severodonetsk/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]place=severodonetsk/);
  await expect(page.locator('[data-search-hit="severodonetsk"]')).toContainText('Северодонецк');
});

test('keyboard only: from page load to an open pop-up, and Escape closes it', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.getAttribute('data-place-id') === 'severodonetsk' && document.activeElement instanceof SVGElement,
    );
  }
  expect(reached, 'Tab reaches the Severodonetsk shape on the map').toBe(true);
  await page.keyboard.press('Enter');
  await expect(popup(page).getByRole('heading', { name: /Severodonetsk/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup(page)).toHaveCount(0);
});

test('choosing a place in the list selects it on the map', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('.place-list a[data-place-id="azot"]').focus();
  await page.keyboard.press('Enter');
  await expect(popup(page).getByRole('heading', { name: /Azot/ })).toBeVisible();
  await expect(page.locator('.place-list a[data-place-id="azot"]')).toHaveAttribute('aria-current', 'true');
});

test('URL state: layers, view, selection; back and forward; bad values ignored', async ({ page }) => {
  await page.goto('/?layers=cities,river&z=11&ll=48.93,38.45');
  await waitForMap(page);
  await expect(page.locator('.place-bridge-pavlohrad')).toHaveCount(0);
  await expect(page.locator('.place-siverskyi-donets')).toHaveCount(1);
  const before = await page.evaluate(() => history.length);
  // Pan with the mouse: the URL follows without adding history entries.
  const map = page.locator('.map');
  const b = (await map.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 - 150, b.y + b.height / 2 - 80, { steps: 8 });
  await page.mouse.up();
  // Dragging up and left moves the view south-east of where it was.
  await expect.poll(() => new URL(page.url()).searchParams.get('ll')).not.toBe('48.93,38.45');
  const ll = new URL(page.url()).searchParams.get('ll')!.split(',').map(Number);
  expect(ll[0]).toBeLessThan(48.93);
  expect(ll[1]).toBeGreaterThan(38.45);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await expect(page).toHaveURL(/layers=cities,river/);
  // Toggling a layer in the layer control updates the URL.
  await page.locator('.leaflet-control-layers').hover();
  await page.getByRole('checkbox', { name: 'Bridges' }).check();
  await expect(page.locator('.place-bridge-pavlohrad')).toHaveCount(1);
  await expect(page).toHaveURL(/layers=cities,river,bridges|layers=cities,river%2Cbridges/);
  // Selections add history entries.
  await page.goto('/?place=lysychansk');
  await expect(popup(page)).toBeVisible();
  await page.getByLabel('Find a place').fill('Bakhmut');
  await page.getByLabel('Find a place').press('Enter');
  await expect(popup(page).getByRole('heading', { name: /Bakhmut/ })).toBeVisible();
  await page.goBack();
  await expect(popup(page).getByRole('heading', { name: /Lysychansk/ })).toBeVisible();
  await page.goForward();
  await expect(popup(page).getByRole('heading', { name: /Bakhmut/ })).toBeVisible();
});

test('malformed URL values fall back to defaults', async ({ page }) => {
  const res = await page.goto('/?place=%3Cscript%3Ealert(1)%3C/script%3E&z=99&ll=abc&layers=nope&tiles=banana');
  expect(res?.status()).toBe(200);
  await waitForMap(page);
  await expect(popup(page)).toHaveCount(0);
  expect(await page.content()).not.toContain('<script>alert(1)</script>');
  await expect(page.locator('.place-bridge-pavlohrad')).toHaveCount(1);
});

test('a well-formed place id the data does not have is dropped from the URL once the data is here', async ({ page }) => {
  // The prerendered page reads its URL before the data file arrives, so it takes the id on trust until then.
  await page.goto('/?place=no-such-place&date=2022-06-30');
  await waitForMap(page);
  await expect(page).toHaveURL(/\/\?date=2022-06-30$/);
  await expect(popup(page)).toHaveCount(0);
  await expect(page).toHaveTitle(/^Front-line map: Severodonetsk/);
});

test.describe('the pop-up keeps clear of the map’s controls at 1280×800', () => {
  type Rect = { x: number; y: number; width: number; height: number };
  const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

  /** Whether the pop-up (once auto-panned) is inside the map and clear of the legend and the layers control. */
  async function clear(page: Page) {
    const [p, map, legend, layers] = await Promise.all(
      ['.leaflet-popup-content-wrapper', '.map', '.map-legend', '.leaflet-control-layers'].map((s) => page.locator(s).boundingBox()),
    );
    return Boolean(p && map && legend && layers) && inside(p!, map!) && !overlap(p!, legend!) && !overlap(p!, layers!);
  }

  for (const id of ['lysychansk', 'severodonetsk', 'bakhmut', 'lysychansk-refinery', 'donbas']) {
    test(`?place=${id}: beside the open legend, and with "All reporting" open too`, async ({ page }) => {
      await page.goto(`/?tiles=0&place=${id}`);
      await waitForMap(page);
      await expect(popup(page)).toBeVisible();
      const legend = page.locator('.map-legend');
      // On the full-width map there is room for the pop-up between the open legend and the layers control.
      await expect.poll(() => clear(page)).toBe(true);
      await expect(legend).toHaveAttribute('open', '');
      await expect(page.locator('.leaflet-control-layers-list')).toBeVisible();

      // The panel narrows the map: the legend folds to its "Legend" line, the pop-up still keeps clear.
      await popup(page)
        .getByRole('button', { name: /All reporting/ })
        .click();
      await expect(page.getByRole('region', { name: /All reporting on/ })).toBeVisible();
      await expect.poll(() => clear(page)).toBe(true);
      await expect(legend).not.toHaveAttribute('open');
      await expect(legend.getByText('Legend')).toBeVisible();
      // The pop-up's text stays reachable: it scrolls if it is taller than its room.
      await expect(popup(page).locator('.situation')).toBeVisible();

      // Closing the pop-up gives the legend back as it was.
      await popup(page)
        .getByRole('button', { name: /^Close / })
        .click();
      await expect(page.locator('.leaflet-popup')).toHaveCount(0);
      await expect(legend).toHaveAttribute('open', '');
    });
  }
});

test('the About page states the licences: MIT code, ODbL data, public-domain Natural Earth, quotations not ours', async ({ page, request }) => {
  await page.goto('/about#credits');
  const credits = page.getByRole('region', { name: 'Credits and licences' });
  await expect(credits).toContainText('the MIT licence');
  await expect(credits.getByRole('link', { name: 'Open Database License (ODbL) 1.0' })).toBeVisible();
  await expect(credits).toContainText('Made with Natural Earth (Public domain)');
  await expect(credits).toContainText('Front-line map project (estimates from news reports) (ODbL 1.0)');
  await expect(credits).toContainText('No licence of this project covers them.');
  await expect(credits).not.toContainText('CC BY');
  const index = (await (await request.get('/api/layers')).json()) as { licence: { licence: string } };
  expect(index.licence.licence).toBe('ODbL 1.0');
});
