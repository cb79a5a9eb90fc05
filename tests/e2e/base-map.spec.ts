import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// The base-map switcher (README "Tiles"). The build and the server list two further sources
// (tests/e2e/tile-sources.json, playwright.config.ts) on hosts under `.invalid`; their tiles are served here.
const LISTED_TILES = /^https:\/\/(topo|plain)\.tiles\.invalid\//;
/** A 1 × 1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const NAMES = ['Offline base (no tiles)', 'OpenStreetMap', 'Test topographic', 'Test plain'];

/** Serves the listed sources' tiles; returns the hosts asked, in order. */
async function serveTiles(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route(LISTED_TILES, (route) => {
    asked.push(new URL(route.request().url()).hostname);
    // The tile layer asks with CORS (crossOrigin ""), as it does of a real tile server.
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  return asked;
}

const radio = (page: Page, name: string) => page.locator('.leaflet-control-layers-base').getByRole('radio', { name });
const loadedTiles = (page: Page, host: string) => page.locator(`img.leaflet-tile-loaded[src^="https://${host}/"]`);

test('the switcher offers every base map; a choice loads its tiles, shows its credit and stays in the URL', async ({ page }) => {
  const asked = await serveTiles(page);
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('.leaflet-control-layers-base label')).toHaveText(NAMES.map((n) => new RegExp(n.replace(/[()]/g, '\\$&'))));
  await expect(radio(page, 'OpenStreetMap')).toBeChecked();
  expect(asked).toEqual([]);

  await radio(page, 'Test topographic').check();
  await expect(page).toHaveURL(/[?&]base=topo(&|$)/);
  await expect(loadedTiles(page, 'topo.tiles.invalid').first()).toBeVisible();
  const attribution = page.locator('.leaflet-control-attribution');
  await expect(attribution.getByRole('link', { name: 'Test Topo Tiles credit' })).toHaveAttribute('href', 'https://topo.tiles.invalid/terms');
  // The data's own credits stay.
  await expect(attribution).toContainText('Made with Natural Earth');

  await radio(page, 'Test plain').check();
  await expect(page).toHaveURL(/[?&]base=plain(&|$)/);
  await expect(loadedTiles(page, 'plain.tiles.invalid').first()).toBeVisible();
  await expect(attribution).toContainText('Test Plain Tiles credit');
  await expect(attribution).not.toContainText('Test Topo Tiles credit');
  await expect(page.locator('img.leaflet-tile[src*="topo.tiles.invalid"]')).toHaveCount(0);

  // A reload keeps the choice.
  await page.reload();
  await waitForMap(page);
  await expect(radio(page, 'Test plain')).toBeChecked();
  await expect(loadedTiles(page, 'plain.tiles.invalid').first()).toBeVisible();

  // The offline base: tiles=0, no base, no tiles and no tile credit.
  await radio(page, 'Offline base (no tiles)').check();
  // One condition, retried, not a check then a single read of the address (cite.spec.ts says why).
  await expect(page).toHaveURL((url) => url.searchParams.get('tiles') === '0' && !url.searchParams.has('base'));
  await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
  await expect(attribution).not.toContainText('Test Plain Tiles credit');

  // Back to the configured server: neither parameter.
  await radio(page, 'OpenStreetMap').check();
  await expect(page).not.toHaveURL(/tiles=0|base=/);
});

test('tiles=0 still means the offline base, and an unknown base falls back to the configured server', async ({ page }) => {
  const asked = await serveTiles(page);
  await page.goto('/?tiles=0&base=topo');
  await waitForMap(page);
  await expect(radio(page, 'Offline base (no tiles)')).toBeChecked();
  await expect(page.locator('img.leaflet-tile')).toHaveCount(0);

  await page.goto('/?base=no-such-base');
  await waitForMap(page);
  await expect(radio(page, 'OpenStreetMap')).toBeChecked();
  await expect(page.locator('img.leaflet-tile').first()).toBeAttached();
  expect(asked).toEqual([]);
});

test('the embed honours the choice, offers the switcher, and its full-map link carries it', async ({ page }) => {
  await serveTiles(page);
  await page.goto('/embed?base=topo');
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  await expect(loadedTiles(page, 'topo.tiles.invalid').first()).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Test Topo Tiles credit');
  await expect(page.getByRole('link', { name: 'View full map' })).toHaveAttribute('href', /[?&]base=topo(&|$)/);
  // The frame's layers control is folded to its button: it opens under the pointer.
  await page.locator('.leaflet-control-layers').hover();
  await expect(radio(page, 'Test topographic')).toBeChecked();
  // Switched in the frame: the full-map link follows.
  await radio(page, 'Test plain').check();
  await expect(page.getByRole('link', { name: 'View full map' })).toHaveAttribute('href', /[?&]base=plain(&|$)/);
  await expect(loadedTiles(page, 'plain.tiles.invalid').first()).toBeVisible();
});
