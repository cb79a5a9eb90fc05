/**
 * The report digests file (lib/map-data-digests.ts) is left out of /embed's first load: the map
 * file says how each place looks on the latest date, and the digests load when the reader moves the
 * timeline or opens a place (or when the frame's first view needs them). Whatever the path, the map
 * draws each place as the digests say it is on the date shown: computed here, in Node, from the
 * same two files the browser gets (lib/map-data.ts looksOn, lib/styles.ts styleFor).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { type ReportedData, isBulkLayer } from '@/lib/bulk-points';
import { decodeDigests } from '@/lib/decode-digests';
import type { EmbedConfig } from '@/lib/embed-config';
import { containerOf, looksOn, situationOn } from '@/lib/map-data';
import { decodeMapData } from '@/lib/map-data-codec';
import { STATUS_STYLED, styleFor } from '@/lib/styles';
import { formatIsoDate } from '@/lib/format-date';
import { adjacentReports } from '@/lib/report-steps';
import en from '@/messages/en.json' with { type: 'json' };
import { expect, popup, test, waitForMap } from './fixtures';

const DIGESTS = /\/_data\/digests\.\w+\.json$/;

/** The URLs of the digests files the page asks for, as it asks. */
function digestRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (DIGESTS.test(new URL(r.url()).pathname)) urls.push(r.url());
  });
  return urls;
}

/** The map data joined to its digests, from the files the embed names. */
async function reportedData(request: APIRequestContext): Promise<ReportedData> {
  const html = await (await request.get('/embed?tiles=0')).text();
  const { shell } = JSON.parse(html.match(/<script id="fm-config" type="application\/json">([\s\S]*?)<\/script>/)![1]!) as EmbedConfig;
  const map = decodeMapData(await (await request.get(shell.dataUrl)).json());
  return decodeDigests(await (await request.get(map.digests)).json(), map);
}

/** Every situation-styled place is drawn as the digests say it looks on `date` (fill, its opacity, dashes). */
async function expectLooksOn(page: Page, data: ReportedData, date: string) {
  const looks = looksOn(data, date);
  for (const layer of data.layers) {
    if (isBulkLayer(layer) || !STATUS_STYLED.includes(layer.style)) continue;
    for (const f of layer.collection.features) {
      const style = styleFor(layer.style, null, { point: f.geometry.type === 'Point', look: looks[f.id] ?? null });
      const path = page.locator(`path.place-${f.id}`);
      await expect(path, `${f.id} on ${date}`).toHaveAttribute('fill', style.fillColor!);
      await expect(path, `${f.id} on ${date}`).toHaveAttribute('fill-opacity', String(style.fillOpacity));
      if (style.dashArray) await expect(path, `${f.id} on ${date}`).toHaveAttribute('stroke-dasharray', style.dashArray);
      else await expect(path, `${f.id} on ${date}`).not.toHaveAttribute('stroke-dasharray', /./);
    }
  }
}

test('the first load of /embed draws every status without the digests; moving the timeline loads them', async ({ page, request }) => {
  const data = await reportedData(request);
  const asked = digestRequests(page);
  await page.goto('/embed?tiles=0');
  await waitForMap(page);
  await expect(page.locator('link[rel="preload"][href*="/_data/digests."]')).toHaveCount(0);
  await expectLooksOn(page, data, data.dateRange.max);
  // Nothing left to load that would ask for them.
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);

  // One report back, then one more: the digests load once, and the map follows each date.
  const bar = page.locator('.fm-bar');
  const previous = bar.getByRole('button', { name: /^Previous report/ });
  let date = data.dateRange.max;
  for (let step = 0; step < 2; step++) {
    date = adjacentReports(data.dates, date).previous!;
    await previous.click();
    await expect(bar.locator('.date-stepper-value')).toHaveText(formatIsoDate(date));
    await expectLooksOn(page, data, date);
  }
  expect(asked).toHaveLength(1);
});

test('opening a place on /embed loads the digests, and its pop-up says its situation', async ({ page, request }) => {
  const data = await reportedData(request);
  const asked = digestRequests(page);
  await page.goto('/embed?tiles=0');
  await waitForMap(page);
  expect(asked).toEqual([]);
  await page.locator('path.place-severodonetsk').click({ force: true });
  await expect(popup(page).locator('h2')).toContainText('Severodonetsk');
  const place = data.places.severodonetsk!;
  const situation = situationOn(place, data.dateRange.max, containerOf(place, data.places));
  expect(situation.control, 'Severodonetsk has a reported control on the latest date').toBeDefined();
  await expect(popup(page).locator('.situation-control')).toContainText(en.Vocabulary.control[situation.control!.control]);
  await expect(popup(page).getByRole('button', { name: `All reporting (${place.reports.length})` })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('/embed opening on another date preloads the digests and draws that date', async ({ page, request }) => {
  const data = await reportedData(request);
  const date = '2022-06-20';
  expect(data.dateRange.max).not.toBe(date);
  // Severodonetsk looks otherwise on the latest date: its fill is recorded each time it is set.
  const [fill, latestFill] = [date, data.dateRange.max].map(
    (d) => styleFor('city', null, { look: looksOn(data, d).severodonetsk ?? null }).fillColor,
  );
  expect(fill).not.toBe(latestFill);
  await page.addInitScript(() => {
    const fills: string[] = [];
    (window as unknown as { fills: string[] }).fills = fills;
    new MutationObserver((records) => {
      for (const r of records) {
        const targets = r.type === 'attributes' ? [r.target] : [...r.addedNodes];
        for (const t of targets)
          if (t instanceof SVGElement && t.classList.contains('place-severodonetsk')) fills.push(t.getAttribute('fill') ?? '');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['fill'] });
  });
  const asked = digestRequests(page);
  await page.goto(`/embed?date=${date}&tiles=0`);
  await expect(page.locator('link[rel="preload"][href*="/_data/digests."]')).toHaveCount(1);
  await waitForMap(page);
  await expectLooksOn(page, data, date);
  expect(asked.length).toBeGreaterThanOrEqual(1);
  // The map waited for the digests: it never drew the latest date's status first.
  const fills = await page.evaluate(() => (window as unknown as { fills: string[] }).fills);
  expect(fills.length).toBeGreaterThan(0);
  expect(new Set(fills)).toEqual(new Set([fill]));
});
