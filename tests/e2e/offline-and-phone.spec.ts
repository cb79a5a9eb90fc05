import { getIssues } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import { expect, popup, test, TILE_HOST, waitForMap, WITHOUT_JAVASCRIPT } from './fixtures';

test.describe('without JavaScript', () => {
  test.use(WITHOUT_JAVASCRIPT);

  test('the text list of places, their latest situation and their reporting', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('navigation', { name: 'Places and reporting' });
    await expect(list).toBeVisible();
    await expect(list.locator('a[data-place-id]')).toHaveCount(14);
    await expect(list.locator('li', { hasText: 'Severodonetsk' }).first()).toContainText('Russian control, c. 25–26 June 2022');
    await expect(list.locator('li', { hasText: 'Lysychansk oil refinery' })).toContainText('Russian troops inside (claimed by Russian media');
    // Among the page's live regions (the empty one of a pinned permalink's note, too).
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible();
    // A place's link leads to its own page, prerendered, with all its reporting.
    await list.locator('a[data-place-id="lysychansk"]').click();
    await expect(page).toHaveURL(/\/places\/lysychansk$/);
    const main = page.getByRole('main');
    await expect(main).toContainText('There’s fighting everywhere in Lysychansk city');
    await expect(main.locator('cite', { hasText: 'Sky News' }).first()).toContainText('Alex Crawford');
  });
});

test('tiles unreachable: the offline base keeps the map readable, no console errors but the tiles', async ({ page, problems }) => {
  const tileRequests: string[] = [];
  page.on('request', (r) => {
    if (TILE_HOST.test(r.url())) tileRequests.push(r.url());
  });
  await page.goto('/');
  await waitForMap(page);
  // The tile layer asks for its tiles in its own time, not before the data layers are drawn.
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  // Failed tiles show a transparent image, not a broken one.
  await expect
    .poll(() =>
      page.locator('img.leaflet-tile').evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).src.startsWith('data:')).length),
    )
    .toBe(0);
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
    // For the cache in front to revalidate with and answer 304s (npm run test:deploy checks them):
    // Next answers prerendered routes in full whatever If-None-Match says.
    expect(res.headers().etag).toMatch(/^"/);
    const text = await res.text();
    expect(
      getIssues(text).filter((i) => i.severity === 'error'),
      layer.id,
    ).toEqual([]);
    expect(JSON.parse(text).features).toHaveLength(layer.feature_count);
  }
  for (const [url, status] of [
    ['/api/layers/nope', 404],
    ['/api/places/..%2F..%2Fetc%2Fpasswd', 400],
    ['/api/sources/%3Cb%3E', 400],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    expect((await res.json()).error.status).toBe(status);
  }
  expect((await request.post('/api/layers')).status()).toBe(405);
});

const [W, H] = [390, 844];
const PHONE = { viewport: { width: W, height: H }, isMobile: true, hasTouch: true };

const sheet = (page: Page, name: RegExp) => page.getByRole('region', { name });

/** The part of the map above the sheet: the map's top to the sheet's top. */
async function visibleMap(page: Page, sheetBox: { y: number }) {
  const map = (await page.locator('.map').boundingBox())!;
  return { top: Math.max(map.y, 0), bottom: Math.min(map.y + map.height, sheetBox.y) };
}

/** The middle of a place's shape on the screen. */
async function middleOf(page: Page, id: string) {
  const b = (await page.locator(`path.place-${id}`).boundingBox())!;
  return b.y + b.height / 2;
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('tap a place: its reporting opens in a bottom sheet, not a pop-up, and the place stays in view above it', async ({ page }) => {
    // A view with Bakhmut low on the map, where the sheet will cover it.
    await page.goto('/?tiles=0&z=9&ll=49.05,37.9');
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
    expect(await middleOf(page, 'bakhmut')).toBeGreaterThan(H * 0.6);
    await page.locator('path.place-bakhmut').tap({ force: true });
    const s = sheet(page, /^Bakhmut/);
    await expect(s.getByRole('heading', { level: 2, name: /Bakhmut/ })).toBeFocused();
    await expect(page).toHaveURL(/[?&]place=bakhmut/);
    await expect(popup(page)).toHaveCount(0);
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    // The same summary as the pop-up: the situation, the quotes, the way to all reporting.
    await expect(s.locator('.situation')).toContainText('As reported on 8 February 2023');
    await expect(s.locator('blockquote').first()).toBeVisible();
    // A sheet at the foot of the window, no wider than it, under half its height.
    const box = (await s.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBeLessThanOrEqual(W);
    expect(box.y + box.height).toBeCloseTo(H, 0);
    expect(box.height).toBeLessThanOrEqual(H / 2);
    // The map pans (animated) until Bakhmut is in the part of the map above the sheet.
    const area = await visibleMap(page, box);
    await expect
      .poll(async () => {
        const y = await middleOf(page, 'bakhmut');
        return y > area.top && y < area.bottom;
      })
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);

    // "All reporting" opens in the same place; closing it comes back to the summary.
    await s.getByRole('button', { name: /All reporting/ }).tap();
    const panel = sheet(page, /All reporting on Bakhmut/);
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(s).toBeHidden();
    const pb = (await panel.boundingBox())!;
    expect(pb.width).toBeLessThanOrEqual(W);
    expect(pb.y + pb.height).toBeCloseTo(H, 0);
    await panel.getByRole('button', { name: 'Close the reporting panel' }).tap();
    await expect(panel).toHaveCount(0);
    await expect(s.getByRole('button', { name: /All reporting/ })).toBeFocused();
    // The close button closes the sheet and the selection.
    await s.getByRole('button', { name: 'Close Bakhmut' }).tap();
    await expect(s).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
  });
});

test.describe('on a phone: opened at a place', () => {
  test.use(PHONE);

  test('?place= opens the sheet with the place in view; back and forward; Escape closes, focus goes back', async ({ page }) => {
    await page.goto('/?tiles=0&place=severodonetsk&date=2022-07-01');
    const s = sheet(page, /^Severodonetsk/);
    await expect(s.locator('.situation')).toContainText('Russian control');
    await waitForMap(page);
    // The first view fits the whole city into the part of the map above the sheet.
    const area = await visibleMap(page, (await s.boundingBox())!);
    await expect
      .poll(async () => {
        const b = (await page.locator('path.place-severodonetsk').boundingBox())!;
        return b.y >= area.top && b.y + b.height <= area.bottom && b.height > (area.bottom - area.top) / 2;
      })
      .toBe(true);

    // Another place, by keyboard on the map: a new history entry, the sheet follows.
    await page.locator('path.place-lysychansk').focus();
    await page.keyboard.press('Enter');
    const lys = sheet(page, /^Lysychansk/);
    await expect(lys.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/[?&]place=lysychansk/);
    await page.goBack();
    await expect(s.getByRole('heading', { level: 2 })).toBeVisible();
    await page.goForward();
    await expect(lys.getByRole('heading', { level: 2 })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lys).toHaveCount(0);

    // Escape closes "All reporting", then the sheet; focus returns to the place on the map.
    await page.locator('path.place-lysychansk').focus();
    await page.keyboard.press('Enter');
    await expect(lys.getByRole('heading', { level: 2 })).toBeFocused();
    await lys.getByRole('button', { name: /All reporting/ }).click();
    await expect(sheet(page, /All reporting on Lysychansk/)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet(page, /All reporting on Lysychansk/)).toHaveCount(0);
    await expect(lys.getByRole('button', { name: /All reporting/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(lys).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
    await expect(page.locator('path.place-lysychansk')).toBeFocused();
  });
});

test.describe('on a phone: stepping in the sheet, and the list below the map', () => {
  test.use(PHONE);

  test('the sheet steps through the reports: the date changes without closing it', async ({ page }) => {
    await page.goto('/?tiles=0&place=severodonetsk&date=2022-07-01');
    const s = sheet(page, /^Severodonetsk/);
    const situation = s.locator('.situation');
    await expect(situation).toContainText('As reported on 1 July 2022: Russian control');
    await waitForMap(page);
    const stepper = s.getByRole('group', { name: 'Report date' });
    await expect(stepper).toBeInViewport();
    // Back two reports, to before the city was reported taken: the sheet stays open and follows.
    await stepper.getByRole('button', { name: 'Previous report: 30 June 2022' }).tap();
    await expect(page).toHaveURL(/[?&]date=2022-06-30(&|$)/);
    await expect(situation).toContainText('As reported on 30 June 2022: Russian control');
    await stepper.getByRole('button', { name: 'Previous report: 28 June 2022' }).tap();
    await expect(page).toHaveURL(/[?&]date=2022-06-28(&|$)/);
    await expect(situation).toContainText('As reported on 28 June 2022: Contested');
    await expect(situation).toContainText('Activity: Ukrainian withdrawal');
    // The date moved in place (no history entry); the place is kept, and so is the timeline's date.
    await expect(page).toHaveURL(/[?&]place=severodonetsk(&|$)/);
    await expect(page.locator('.timeline-label')).toContainText('28 June 2022');
    // Focus stays on the stepper, and the place stays in sight above the sheet.
    await expect(stepper.getByRole('button', { name: /^Previous report/ })).toBeFocused();
    const area = await visibleMap(page, (await s.boundingBox())!);
    await expect
      .poll(async () => {
        const y = await middleOf(page, 'severodonetsk');
        return y > area.top && y < area.bottom;
      })
      .toBe(true);
    // Scrolled down into the quotes, the stepper stays in view at the top of the sheet, uncovered.
    const scrolled = await s.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    const next = stepper.getByRole('button', { name: 'Next report: 30 June 2022' });
    const box = (await next.boundingBox())!;
    const sheetBox = (await s.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(sheetBox.y);
    expect(box.y + box.height).toBeLessThan(sheetBox.y + sheetBox.height / 2);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.date-stepper') !== null,
        [box.x + box.width / 2, box.y + box.height / 2],
      ),
    ).toBe(true);
    // Forward again to the last report; Escape still closes the sheet.
    await next.tap();
    await expect(situation).toContainText('As reported on 30 June 2022');
    await page.keyboard.press('Escape');
    await expect(s).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
    await expect(page).toHaveURL(/[?&]date=2022-06-30(&|$)/);
  });

  test('a place chosen in the list below the map opens the sheet where the reader is', async ({ page }) => {
    await page.goto('/?tiles=0');
    await waitForMap(page);
    // The browser's list, which takes the server's place a commit after the map's (map-app.tsx).
    const link = page.locator('.place-list[data-selectable] a[data-place-id="azot"]');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const s = sheet(page, /^Azot/);
    await expect(s.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(s).toBeInViewport();
    await expect(link).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(s).toHaveCount(0);
    await expect(link).toBeFocused();
  });
});
