/**
 * `/image` (issue 16): a picture of any view the map's URL can express, as PNG or SVG, drawn from
 * the layers with the legend, date, credits and data version; bad parameters get a 400. The
 * pictures are decoded by Chromium itself (an <img> drawn into a canvas), not by our code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readDataVersion } from '../../lib/data-version';
import { CONTROL_COLOURS, THEME } from '../../lib/styles';
import { expect, test, waitForMap } from './fixtures';

const { id: VERSION } = readDataVersion(path.join(__dirname, '..', '..', 'geo'));

/** The picture at `url` as the browser decodes it: its size and how many of its pixels are exactly each colour. */
function decoded(page: Page, url: string, colours: string[]) {
  return page.evaluate(
    async ({ url, colours }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const counts: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      const rgb = colours.map(
        (c) => [c, Number.parseInt(c.slice(1, 3), 16), Number.parseInt(c.slice(3, 5), 16), Number.parseInt(c.slice(5, 7), 16)] as const,
      );
      for (let i = 0; i < data.length; i += 4) {
        for (const [c, r, g, b] of rgb) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) counts[c]! += 1;
      }
      return { width: img.naturalWidth, height: img.naturalHeight, counts };
    },
    { url, colours },
  );
}

test.beforeEach(async ({ page }) => {
  // A page of this origin to decode the pictures in (no map needed).
  await page.goto('/about');
});

test('a PNG of Lysychansk on 30 June 2022: the asked size, the selected place outlined in the selection colour', async ({ page, request }) => {
  const url = '/image?place=lysychansk&date=2022-06-30&width=900&height=500';
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(res.headers()['cache-control']).toMatch(/^public, /);
  expect(res.headers()['x-data-version']).toBe(VERSION);
  const body = await res.body();
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  const { width, height, counts } = await decoded(page, url, [THEME.selected]);
  expect({ width, height }).toEqual({ width: 900, height: 500 });
  // The selection outline is drawn at full opacity, so its pixels are exactly the colour.
  expect(counts[THEME.selected]).toBeGreaterThan(500);
});

test('the same view without a place selected has no selection outline, and Severodonetsk, Russian-held that day, is in its colour', async ({
  page,
}) => {
  const url = '/image?date=2022-06-30&z=12&ll=48.93,38.45&width=800&height=500';
  const { counts } = await decoded(page, url, [THEME.selected, CONTROL_COLOURS.russian]);
  expect(counts[THEME.selected]).toBe(0);
  expect(counts[CONTROL_COLOURS.russian]).toBeGreaterThan(50);
});

test('an SVG that parses, of the asked size, with the texts drawn in', async ({ page, request }) => {
  const url = '/image?place=bakhmut&format=svg&theme=dark&width=640&height=480';
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  const text = await res.text();
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length,
      name: root.nodeName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
    };
  }, text);
  expect(parsed).toEqual({ error: 0, name: 'svg', width: '640', height: '480' });
  const { width, height } = await decoded(page, url, []);
  expect({ width, height }).toEqual({ width: 640, height: 480 });
});

test('bad parameters get a 400 naming the parameter, which no cache keeps', async ({ request }) => {
  for (const [query, message] of [
    ['width=50', '"width" is not valid: pixels, 200–2400.'],
    ['place=nowhere', '"place" is not valid: selected place id; opens its pop-up.'],
    ['date=2031-01-01', '"date" is not valid'],
    ['format=gif', '"format" is not valid: png or svg.'],
    ['colour=red', 'Unknown parameter. /image takes: place,'],
  ] as const) {
    const res = await request.get(`/image?${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(message);
  }
});

test.describe('share dialog', () => {
  // The dialog's live preview of the embed may still be loading when the test ends: those loads are aborted.
  test.use({ expectedProblems: /\/(embed\?|_embed\/|_data\/)\S* net::ERR_ABORTED$/ });

  test('the share dialog downloads a picture of the view, named after it', async ({ page }) => {
    await page.goto('/?place=lysychansk&date=2022-06-30&tiles=0');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Share / embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share, cite or embed this view' });
    const link = dialog.getByRole('link', { name: 'Download image (PNG, 1200 × 630)' });
    // The view as the reader sees it: the place, its date, and the map's centre and zoom once it has framed it.
    await expect(link).toHaveAttribute('href', /^\/image\?place=lysychansk&(z=\d+&ll=[\d.]+,[\d.]+&)?date=2022-06-30$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('frontline-map-lysychansk-2022-06-30.png');
    const file = await readFile((await download.path())!);
    // The PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16–23).
    expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([1200, 630]);
    await expect(dialog.getByRole('link', { name: 'SVG' })).toHaveAttribute('href', `${await link.getAttribute('href')}&format=svg`);
  });
});
