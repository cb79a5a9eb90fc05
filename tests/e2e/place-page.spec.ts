/**
 * A place's own page, `/places/{id}` (issue 14): prerendered, readable without JavaScript, the
 * place's permanent address. The quotes are compared with geo/reports.json, the citations with
 * geo/sources.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAP_BACKGROUND, THEME, THEME_DARK } from '@/lib/styles';
import { expect, test, WITHOUT_JAVASCRIPT } from './fixtures';

const SELECTED = { light: THEME.selected, dark: THEME_DARK.selected };

const GEO = path.join(__dirname, '..', '..', 'geo');
const readGeo = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8')) as T;
const { reports } = readGeo<{ reports: { id: string; source: string; places: string[]; quote: string; assertions: { place: string }[] }[] }>(
  'reports.json',
);
const { sources } = readGeo<{ sources: { id: string; outlet: string; title: string }[] }>('sources.json');
const about = (place: string) => reports.filter((r) => r.places.includes(place));

test.describe('without JavaScript', () => {
  test.use(WITHOUT_JAVASCRIPT);

  test('Lysychansk: its names, its situation with its age, its history, and every report quoted word for word with its citation', async ({
    page,
  }) => {
    const res = await page.goto('/places/lysychansk');
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle('Lysychansk: what was reported · Front-line map');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^Lysychansk \(Лисичанськ\), as last reported c\. 30 June 2022: Ukrainian control/,
    );
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('Lysychansk');
    await expect(h1.locator('[lang="uk"]')).toHaveText('Лисичанськ');
    await expect(page.locator('[lang="ru"]')).toHaveText('Лисичанск');
    await expect(page.getByRole('link', { name: 'Open on the map' })).toHaveAttribute('href', '/?place=lysychansk');
    await expect(page.getByRole('link', { name: '← Back to the map' }).first()).toHaveAttribute('href', '/');

    const situation = page.locator('.situation');
    await expect(situation.locator('.situation-control')).toContainText('As reported on 8 February 2023: Ukrainian control');
    await expect(situation.locator('.situation-activity')).toContainText('Russian advance');
    await expect(situation.locator('.situation-age')).toContainText('Last reported c. 30 June 2022, 7 months before this date');

    // The history: one entry per assertion about the place, each with its quote.
    const asserted = about('lysychansk').flatMap((r) => r.assertions.filter((a) => a.place === 'lysychansk'));
    const history = page.getByRole('region', { name: 'Reported situation over time' }).locator('.status-change');
    await expect(history).toHaveCount(asserted.length);
    await expect(history.first().locator('blockquote')).toHaveCount(1);

    // Every report, verbatim (not whitespace-normalised), under its source's citation.
    const reporting = page.getByRole('region', { name: /^All reporting/ });
    await expect(reporting.getByRole('heading', { level: 2 })).toHaveText(`All reporting (${about('lysychansk').length})`);
    for (const report of about('lysychansk')) {
      const figure = reporting.locator(`figure[data-report-id="${report.id}"]`);
      expect(await figure.locator('blockquote').textContent(), report.id).toBe(`“${report.quote}”`);
      const source = sources.find((s) => s.id === report.source)!;
      const group = reporting.locator('section.panel-source', { has: page.locator(`figure[data-report-id="${report.id}"]`) });
      await expect(group.getByRole('heading', { level: 3 })).toHaveText(source.title);
      await expect(group.locator('cite .citation-outlet').first()).toHaveText(source.outlet);
    }
    // The map checks come with their quotes, and open without JavaScript.
    const check = reporting.locator('figure[data-report-id="sky-refinery-russian-media"] details.claim-badge').first();
    await check.locator('summary').click();
    await expect(check.locator('.claim-method')).toBeVisible();
  });

  test('the refinery links to the place it is part of, whose page links back to it', async ({ page }) => {
    await page.goto('/places/lysychansk-refinery');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lysychansk oil refinery');
    await expect(page.locator('.place-facts')).toContainText('Approximate, within about 3,000 m');
    const partOf = page.locator('.place-facts dt', { hasText: 'Part of' }).locator('+ dd').getByRole('link');
    await expect(partOf).toHaveText('Lysychansk');
    await expect(partOf).toHaveAttribute('href', '/places/lysychansk');
    await partOf.click();
    await expect(page).toHaveURL(/\/places\/lysychansk$/);
    await expect(page.locator('.place-facts dt', { hasText: 'Includes' }).locator('+ dd').getByRole('link')).toHaveAttribute(
      'href',
      '/places/lysychansk-refinery',
    );
  });
});

test.describe('without JavaScript: the list of places, the small map, a place without reporting', () => {
  test.use(WITHOUT_JAVASCRIPT);

  test('the list of all places links every place of every layer to its page', async ({ page }) => {
    const { layers } = (await (await page.request.get('/api/layers')).json()) as { layers: { id: string; title: string }[] };
    await page.goto('/places');
    await expect(page).toHaveTitle('All places · Front-line map');
    for (const layer of layers) {
      const { features } = (await (await page.request.get(`/api/layers/${layer.id}`)).json()) as { features: { id: string }[] };
      const section = page.getByRole('region', { name: layer.title });
      const links = section.locator('a.place-link');
      await expect(links, layer.id).toHaveCount(features.length);
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(features.map((f) => `/places/${f.id}`));
    }
    await page.locator('a.place-link[href="/places/azot"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Azot chemical plant');
  });

  test('a small map shows the place in the selection colour among its neighbours, in the reader’s colour scheme', async ({ page }) => {
    await page.goto('/places/lysychansk-refinery');
    const picture = page.getByRole('img', { name: 'Lysychansk oil refinery on the map, as reported on 8 February 2023' });
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
    await expect(page.locator('.place-map figcaption')).toContainText('© OpenStreetMap contributors');
    // An SVG file the build drew, in a folder named by the pictures' content: any cache may keep it.
    const src = (await picture.getAttribute('src'))!;
    expect(src).toMatch(/^\/_data\/pictures\.[0-9a-f]{12}\/lysychansk-refinery\.en\.svg$/);
    const file = await page.request.get(src);
    expect(file.headers()['content-type']).toBe('image/svg+xml');
    expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // The image itself takes the reader's colour scheme: what it draws is light, then dark.
    const brightness = () =>
      picture.evaluate((img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let sum = 0;
        for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        return sum / (data.length / 4);
      });
    expect(await brightness()).toBeGreaterThan(170);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(brightness).toBeLessThan(80);

    // The picture as a document: the place drawn last, on top, in the selection colour (lib/styles.ts THEME.selected), its neighbours around it.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(src);
    const svg = page.locator('svg');
    // The root's own shapes (the labels' dots are in groups); `:scope` does not match a document's root element.
    const selected = page.locator('svg > circle, svg > path').last();
    const drawnStroke = () => selected.evaluate((e) => getComputedStyle(e).stroke);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(await drawnStroke()).toBe(rgb(SELECTED.light));
    expect(await svg.locator('path').count()).toBeGreaterThan(3);
    await expect(svg.locator('text').filter({ hasText: 'Maloriazantseve' })).toHaveCount(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(drawnStroke).toBe(rgb(SELECTED.dark));
    expect(await svg.locator('rect').evaluate((e) => getComputedStyle(e).fill)).toBe(rgb(MAP_BACKGROUND.dark));

    // In Ukrainian, the towns on the small map are named in Ukrainian (from the base's OSM names).
    await page.goto('/uk/places/lysychansk-refinery');
    const ukSrc = (await page.locator('.place-map img').getAttribute('src'))!;
    expect(ukSrc).toMatch(/^\/_data\/pictures\.[0-9a-f]{12}\/lysychansk-refinery\.uk\.svg$/);
    await page.goto(ukSrc);
    await expect(page.locator('svg text').filter({ hasText: 'Малорязанцеве' })).toHaveCount(1);
    await expect(page.locator('svg text').filter({ hasText: 'Maloriazantseve' })).toHaveCount(0);
  });

  test('a place no source reports on says it is drawn for orientation, and gives its position as text', async ({ page }) => {
    await page.goto('/places/bridge-pavlohrad');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pavlohrad bridge');
    await expect(page.locator('main')).toContainText('No reporting in this map’s sources: the place is drawn for orientation.');
    await expect(page.locator('.place-facts')).toContainText(/Position\s*48\.\d+° N, 38\.\d+° E/);
    await expect(page.getByRole('region', { name: /^All reporting/ })).toHaveCount(0);
  });
});

test.describe('an unknown place', () => {
  // Chromium also logs the page's 404 on the console.
  test.use({ expectedProblems: /404.*\/places\/nope\)?$/ });

  test('is the site’s 404 page, in both languages, which no shared cache keeps', async ({ page }) => {
    const res = await page.goto('/places/nope');
    expect(res?.status()).toBe(404);
    const cacheControl = (await res!.allHeaders())['cache-control'] ?? '';
    expect(cacheControl).toContain('no-store');
    expect(cacheControl).not.toMatch(/public|s-maxage/);
    // app/not-found.tsx: a path outside every page belongs to no language, so it speaks both.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('[lang="uk"]')).toContainText('Сторінку не знайдено');
  });
});

test('with JavaScript, the page runs with no console error, and offers no oEmbed discovery without SITE_URL', async ({ page }) => {
  const res = await page.goto('/places/azot');
  expect(res?.headers()['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Azot chemical plant');
  await expect(page.locator('.situation-outdated')).toContainText('Possibly out of date: Severodonetsk, which it is part of');
  await expect(page.locator('.outdated-by blockquote')).toContainText('now under Russian control since the weekend');
  await expect.poll(() => page.evaluate(() => Object.keys(document.documentElement).some((k) => k.startsWith('__reactFiber')))).toBe(true);
  // The test server has no SITE_URL: a prerendered page cannot know its origin, and invents none.
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('the API names each place’s page', async ({ request }) => {
  const place = (await (await request.get('/api/places/lysychansk-refinery')).json()) as { page: string };
  expect(place.page).toBe('/places/lysychansk-refinery');
  expect((await request.get(place.page)).status()).toBe(200);
});
