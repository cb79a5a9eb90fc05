/**
 * The Downloads page (issue 14) with JavaScript off: every file listed with its size and the data
 * version, each link downloaded by the browser and read by the tool it is meant for (the
 * descriptor as JSON, GeoJSON by @placemarkio/check-geojson, CSV by csv-parse, the zip by fflate),
 * and served with its type, public caching and CORS. The data package's validity is
 * tests/lib/downloads.test.ts's (Frictionless Data's reader).
 */
import fs from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { expect, test, waitForMap, WITHOUT_JAVASCRIPT } from './fixtures';

interface Resource {
  path: string;
  bytes: number;
  schema?: { fields: { name: string }[] };
}

const TYPES: Record<string, RegExp> = {
  json: /^application\/json; charset=utf-8$/i,
  geojson: /^application\/geo\+json\b/,
  csv: /^text\/csv; charset=utf-8$/i,
  zip: /^application\/zip$/,
};

/** The quotes the API serves, each verbatim from its source: reports.csv must hold exactly these. */
async function apiQuotes(request: APIRequestContext): Promise<string[]> {
  const { sources } = (await (await request.get('/api/sources')).json()) as { sources: { excerpts: { quote: string }[] }[] };
  return sources.flatMap((s) => s.excerpts.map((e) => e.quote)).sort();
}

/** Checks a downloaded file the way its tool reads it; returns the descriptor's resources when it is the descriptor. */
function checkFile(name: string, bytes: Buffer, resources: Resource[]): void {
  const text = bytes.toString('utf8');
  if (name.endsWith('.geojson')) expect(getIssues(text), name).toEqual([]);
  if (name.endsWith('.csv')) {
    // As the page tells spreadsheet users: UTF-8 without a byte-order mark (the standard's form).
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${name} starts with a byte-order mark`).toBe(false);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const fields = resources.find((r) => r.path === name)!.schema!.fields.map((f) => f.name);
    expect(Object.keys(rows[0]!), name).toEqual(fields);
  }
  if (name.endsWith('.zip')) {
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...resources.map((r) => r.path)].sort());
  }
  const resource = resources.find((r) => r.path === name);
  if (resource) expect(bytes.length, name).toBe(resource.bytes);
}

test.describe('with JavaScript off', () => {
  test.use(WITHOUT_JAVASCRIPT);

  test('the page lists every file with its format, size and the data version; the browser downloads each, and each reads as what it is', async ({
    page,
    request,
  }) => {
    const version = (await request.get('/api/layers')).headers()['x-data-version']!;
    await page.goto('/downloads');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Downloads');
    await expect(page.locator('main code.data-version')).toHaveText(version);
    const links = page.locator('table.download-table tbody th a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const folder = `/_data/frontline-map-data-${version}/`;
    for (const href of hrefs) expect(href.startsWith(folder), href).toBe(true);
    const names = hrefs.map((h) => h.slice(folder.length));
    expect(names).toContain('datapackage.json');
    expect(names).toContain(`frontline-map-data-${version}.zip`);
    expect(names).toEqual(
      expect.arrayContaining(['places.csv', 'reports.csv', 'sources.csv', 'claims.csv', 'assertions.csv', 'cities.geojson']),
    );

    const descriptor = (await (await request.get(`${folder}datapackage.json`)).json()) as { version: string; resources: Resource[] };
    expect(descriptor.version).toBe(version);
    // Every resource is listed, with the size the descriptor gives it.
    for (const r of descriptor.resources) {
      const row = page.locator('table.download-table tbody tr', { has: page.locator(`a[href="${folder}${r.path}"]`) });
      await expect(row.locator('.download-size')).toHaveText(/^[\d.]+ (bytes|kB|MB)$/);
    }

    for (const [i, name] of names.entries()) {
      // Each file from a fresh visit of the page: Chromium starts ten downloads from one page and
      // holds the eleventh for a permission a headless browser never gives (the wait ran out there,
      // on whichever file came eleventh). A reader who wants every file has the zip.
      if (i > 0) await page.goto('/downloads');
      const download = page.waitForEvent('download');
      await links.nth(i).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      checkFile(name, fs.readFileSync(await file.path()), descriptor.resources);
    }
  });
});

test('each download is served with its type, public caching and CORS; reports.csv quotes exactly what the API quotes', async ({ request }) => {
  const version = (await request.get('/api/layers')).headers()['x-data-version']!;
  const folder = `/_data/frontline-map-data-${version}/`;
  const descriptor = (await (await request.get(`${folder}datapackage.json`)).json()) as { resources: Resource[] };
  for (const name of ['datapackage.json', `frontline-map-data-${version}.zip`, ...descriptor.resources.map((r) => r.path)]) {
    const res = await request.get(folder + name);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['content-type'], name).toMatch(TYPES[name.split('.').pop()!]!);
    expect(res.headers()['cache-control'], name).toMatch(/^public, .*s-maxage=\d+/);
    expect(res.headers()['access-control-allow-origin'], name).toBe('*');
    expect(res.headers()['x-content-type-options'], name).toBe('nosniff');
  }
  const reports = parse(await (await request.get(`${folder}reports.csv`)).text(), { columns: true }) as { quote: string }[];
  expect(reports.map((r) => r.quote).sort()).toEqual(await apiQuotes(request));
  // Another version's folder is not served.
  expect((await request.get('/_data/frontline-map-data-000000000000/datapackage.json')).status()).toBe(404);
});

test('the map’s footer and the About page link to the downloads', async ({ page }) => {
  await page.goto('/about');
  await expect(page.locator('main a[href="/downloads"]').first()).toBeVisible();
  await page.goto('/?tiles=0');
  await expect(page.locator('footer.map-footer a[href="/downloads"]')).toHaveText('Downloads');
  // The footer is in the prerendered HTML: let the map finish loading, or its scripts' loads are aborted.
  await waitForMap(page);
});

test('the page offers the zip for taking every file at once, with its size, in both languages', async ({ page, request }) => {
  const version = (await request.get('/api/layers')).headers()['x-data-version']!;
  const zip = `frontline-map-data-${version}.zip`;
  for (const [path, words] of [
    ['/downloads', /^To take every file at once, download .+ \([\d.]+ kB\): all of them in one zip/],
    ['/uk/downloads', /^Щоб узяти всі файли разом, завантажте .+ \([\d,]+ кБ\)/],
  ] as const) {
    await page.goto(path);
    const line = page.locator('main > p', { has: page.locator(`a[download="${zip}"]`) });
    await expect(line).toHaveText(words);
    await expect(line.locator('a')).toHaveAttribute('href', `/_data/frontline-map-data-${version}/${zip}`);
  }
});

test('each file is described in the page’s language: in Ukrainian on /uk/downloads, with no English left in the table', async ({ page }) => {
  for (const [path, lang, descriptor, base] of [
    ['/downloads', 'en', 'Data package descriptor', 'Base map'],
    ['/uk/downloads', 'uk', 'Опис пакета даних', 'Базова мапа'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const rows = page.locator('.download-table tbody tr');
    await expect(page.locator('.download-table tr', { has: page.locator('a[download="datapackage.json"]') }).locator('td strong')).toHaveText(
      descriptor,
    );
    await expect(page.locator('.download-table tr', { has: page.locator('a[download="base.geojson"]') }).locator('td strong')).toHaveText(base);
    // No cell set apart as another language: every description is the page's.
    await expect(page.locator('.download-table td[lang]')).toHaveCount(0);
    if (lang === 'uk') {
      for (const text of await rows.locator('td:last-child').allTextContents()) expect(text).toMatch(/^[^A-Za-z]*[А-ЯҐЄІЇа-яґєії]/);
    }
  }
});
