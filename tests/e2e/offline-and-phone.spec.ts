import { getIssues } from '@placemarkio/check-geojson';
import { expect, popup, test, TILE_HOST, waitForMap } from './fixtures';

test.describe('without JavaScript', () => {
  // With JavaScript off, the browser refuses the page's scripts (and a click away aborts loads): expected.
  test.use({ javaScriptEnabled: false, expectedProblems: /_next\/static\/\S+\.(js|css) (csp|net::ERR_ABORTED)$/ });

  test('the text list of places, their latest situation and their reporting', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('navigation', { name: 'Places and reporting' });
    await expect(list).toBeVisible();
    await expect(list.locator('a[data-place-id]')).toHaveCount(14);
    await expect(list.locator('li', { hasText: 'Severodonetsk' }).first()).toContainText('Under Russian control');
    await expect(list.locator('li', { hasText: 'Lysychansk oil refinery' })).toContainText('claimed by Russian media');
    await expect(page.getByRole('status')).toContainText('Loading the map');
    // A link selects a place; the page, rendered on the server, shows its reporting.
    await list.locator('a[data-place-id="lysychansk"]').click();
    await expect(page).toHaveURL(/\?place=lysychansk$/);
    const entry = page.locator('.place-entry[data-selected]');
    await expect(entry).toContainText('There’s fighting everywhere in Lysychansk city');
    await expect(entry.locator('cite', { hasText: 'Sky News' }).first()).toContainText('Alex Crawford');
  });
});

test('tiles unreachable: the offline base keeps the map readable, no console errors but the tiles', async ({ page, problems }) => {
  const tileRequests: string[] = [];
  page.on('request', (r) => {
    if (TILE_HOST.test(r.url())) tileRequests.push(r.url());
  });
  await page.goto('/');
  await waitForMap(page);
  expect(tileRequests.length).toBeGreaterThan(0);
  // Failed tiles show a transparent image, not a broken one.
  await expect.poll(() => page.locator('img.leaflet-tile').evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).src.startsWith('data:')).length)).toBe(0);
  // The offline base: state border, region outlines, labels.
  expect(await page.locator('.leaflet-pane-base-pane path').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.base-label', { hasText: 'Russia' })).toBeVisible();
  await expect(page.locator('.place-label', { hasText: 'Lysychansk' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('tiles=0 makes no third-party request at all', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto('/?tiles=0');
  await waitForMap(page);
  await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
  expect(external).toEqual([]);
});

test('every layer in the index is valid GeoJSON', async ({ request }) => {
  const index = await request.get('/api/layers');
  expect(index.headers()['access-control-allow-origin']).toBe('*');
  const { layers } = (await index.json()) as { layers: { id: string; url: string; feature_count: number }[] };
  expect(layers.length).toBe(5);
  for (const layer of layers) {
    const res = await request.get(layer.url);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/geo+json');
    expect(res.headers().etag).toMatch(/^"/);
    const text = await res.text();
    expect(getIssues(text).filter((i) => i.severity === 'error'), layer.id).toEqual([]);
    expect(JSON.parse(text).features).toHaveLength(layer.feature_count);
    // A client that already has this version gets 304 with no body.
    const again = await request.get(layer.url, { headers: { 'If-None-Match': res.headers().etag! } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe('');
  }
  for (const [url, status] of [['/api/layers/nope', 404], ['/api/places/..%2F..%2Fetc%2Fpasswd', 400], ['/api/sources/%3Cb%3E', 400]] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    expect((await res.json()).error.status).toBe(status);
  }
  expect((await request.post('/api/layers')).status()).toBe(405);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('tap a place: the pop-up fits, the panel is a usable bottom sheet, nothing overflows', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('path.place-bakhmut').tap({ force: true });
    const p = popup(page);
    await expect(p.getByRole('heading', { name: /Bakhmut/ })).toBeVisible();
    // Leaflet pans the map to fit the pop-up (animated): wait for it to settle inside the screen.
    await expect
      .poll(async () => {
        const box = (await page.locator('.leaflet-popup').boundingBox())!;
        return box.x >= 0 && box.x + box.width <= 375 && box.y >= 0;
      })
      .toBe(true);
    await p.getByRole('button', { name: /All reporting/ }).tap();
    const panel = page.getByRole('region', { name: /All reporting on Bakhmut/ });
    await expect(panel).toBeVisible();
    const pb = (await panel.boundingBox())!;
    expect(pb.width).toBeLessThanOrEqual(375);
    expect(pb.y + pb.height).toBeLessThanOrEqual(667 + 1);
    await panel.getByRole('button', { name: 'Close the reporting panel' }).tap();
    await expect(panel).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
