/**
 * The embed's bulk point layer (lib/bulk-points.ts, components/map/bulk-points-layer.ts) in real
 * Chromium. Our data has no layer large enough to go in bulk form, so the test takes the real map
 * data file and appends a synthetic layer of a few thousand points to it, through the same encoder
 * the build uses (scripts/bench/synthetic.ts, as the scale bench does).
 */
import type { Page } from '@playwright/test';
import { BULK_POINTS, bulkLatLng, type BulkPointLayer, type EmbedData, isBulkLayer } from '@/lib/bulk-points';
import { withSyntheticLayer } from '@/scripts/bench/synthetic';
import { decodeMapData, encodeMapData } from '@/lib/map-data-codec';
import { THEME } from '@/lib/styles';
import { expect, popup, test } from './fixtures';

const N = 3000;
const SEED = 20220703;
const DATA_FILE = /\/_data\/map\.\w+\.json$/;

/** Serves the map's data file with a synthetic layer of N points appended. */
async function withBulkLayer(page: Page): Promise<void> {
  await page.route(DATA_FILE, async (route) => {
    const response = await route.fetch();
    const body = JSON.stringify(encodeMapData(withSyntheticLayer(decodeMapData(await response.json()), N, SEED)));
    await route.fulfill({ response, body });
  });
}

/** The map's data file the page loads (its URL is in the embed's config). */
async function mapDataFile(page: Page): Promise<EmbedData> {
  const html = await (await page.request.get('/embed?tiles=0')).text();
  const url = html.match(/"dataUrl":"([^"]+)"/)![1]!;
  return decodeMapData(await (await page.request.get(url)).json());
}

/** The synthetic layer as the page gets it. */
async function syntheticPoints(page: Page): Promise<BulkPointLayer> {
  const layer = withSyntheticLayer(await mapDataFile(page), N, SEED).layers.at(-1)!;
  if (!isBulkLayer(layer)) throw new Error(`${N} points should go in bulk form (BULK_POINTS ${BULK_POINTS})`);
  return layer;
}

/** The canvas pixel (RGBA) under a page position. */
function pixelAt(page: Page, x: number, y: number): Promise<number[]> {
  return page.locator('canvas.fm-bulk-points').evaluate(
    (canvas: HTMLCanvasElement, [px, py]) => {
      const r = canvas.getBoundingClientRect();
      const cx = Math.floor(((px! - r.left) * canvas.width) / r.width);
      const cy = Math.floor(((py! - r.top) * canvas.height) / r.height);
      return [...canvas.getContext('2d')!.getImageData(cx, cy, 1, 1).data];
    },
    [x, y],
  );
}

/** Pixel offset of [lat, lng] from the map centre [lat0, lng0] at a zoom, by Web Mercator (as Leaflet projects). */
function offsetPx([lat0, lng0]: [number, number], [lat, lng]: [number, number], zoom: number): { dx: number; dy: number } {
  const size = 256 * 2 ** zoom;
  const y = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360));
  return { dx: ((lng - lng0) / 360) * size, dy: ((y(lat0) - y(lat)) / (2 * Math.PI)) * size };
}

// The bridge style's fill (lib/styles.ts), drawn opaque.
const FILL = [1, 3, 5].map((i) => parseInt(THEME.bridge.slice(i, i + 2), 16)).concat(255);

test('a bulk layer is drawn on one canvas where its points are, at every zoom; a click on a point opens its pop-up', async ({ page }) => {
  // Many steps, each waiting for a redraw: on a loaded 2-core machine they outlast the default 30 s
  // (32 s measured at a load average of 18) though none of them fails.
  test.slow();
  const layer = await syntheticPoints(page);
  // Point 100 in the middle of the map.
  const i = 99;
  const centreLL = bulkLatLng(layer.points, i);
  const z = 13;
  await withBulkLayer(page);
  await page.goto(`/embed?tiles=0&z=${z}&ll=${centreLL[0]},${centreLL[1]}`);

  const canvas = page.locator('canvas.fm-bulk-points[data-layer="synthetic"]');
  await expect(canvas).toHaveAttribute('data-drawn', /^[1-9]\d*$/);
  // One canvas for the layer, no element per point; only the points in (and near) the view are drawn.
  await expect(page.locator('canvas.fm-bulk-points')).toHaveCount(1);
  await expect(page.locator('[class*="place-synthetic-"]')).toHaveCount(0);
  expect(Number(await canvas.getAttribute('data-drawn'))).toBeLessThan(N);
  await expect(canvas).not.toHaveAttribute('tabindex');

  const box = (await page.locator('.fm-map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  expect(await pixelAt(page, centre.x, centre.y)).toEqual(FILL);
  // Another point in view, with no other point within 20 px at this zoom or the next: drawn at its
  // own offset from the centre, and at twice that offset once the map has zoomed in one step.
  const others = layer.points.ids.map((_, j) => ({ j, off: offsetPx(centreLL, bulkLatLng(layer.points, j), z) }));
  const alone = others.find(
    ({ j, off }) =>
      j !== i &&
      Math.abs(off.dx) > 40 &&
      Math.abs(off.dx) < 250 &&
      Math.abs(off.dy) < 120 &&
      others.every((o) => o.j === j || Math.hypot(o.off.dx - off.dx, o.off.dy - off.dy) > 20) &&
      others.every((o) => Math.hypot(o.off.dx - 2 * off.dx, o.off.dy - 2 * off.dy) > 20),
  );
  expect(alone, 'a lone synthetic point near the centre').toBeDefined();
  const { dx, dy } = alone!.off;
  expect(await pixelAt(page, centre.x + dx, centre.y + dy)).toEqual(FILL);
  expect(await pixelAt(page, centre.x + 2 * dx, centre.y + 2 * dy)).not.toEqual(FILL);
  await page.locator('.leaflet-control-zoom-in').click();
  // Redrawn at the new zoom (the canvas unscaled), not the old drawing scaled up by the zoom animation.
  const unscaled = () =>
    canvas.evaluate((c: HTMLCanvasElement) => Math.round(c.getBoundingClientRect().width) === Math.round(parseFloat(c.style.width)));
  await expect.poll(async () => (await unscaled()) && (await pixelAt(page, centre.x + 2 * dx, centre.y + 2 * dy)).join()).toBe(FILL.join());
  expect(await pixelAt(page, centre.x, centre.y)).toEqual(FILL);

  // A click on it opens its pop-up: its name, and no reporting attached.
  await page.mouse.click(centre.x, centre.y);
  await expect(popup(page).locator('h2')).toHaveText(layer.points.names[i]!);
  await expect(popup(page)).toContainText('No reporting is attached to this point.');
  await expect(page.getByRole('link', { name: 'View full map' })).toHaveAttribute('href', new RegExp(`[?&]place=${layer.points.ids[i]}(&|$)`));
  // The selected point is drawn with the selection's stroke (#d7191c), around its fill.
  await expect.poll(() => pixelAt(page, centre.x + 6, centre.y)).toEqual([0xd7, 0x19, 0x1c, 255]);

  // Its close button closes it; the point goes back to its own stroke.
  await popup(page)
    .getByRole('button', { name: `Close ${layer.points.names[i]}` })
    .click();
  await expect(popup(page)).toHaveCount(0);
  await expect.poll(async () => (await pixelAt(page, centre.x + 6, centre.y)).slice(0, 3)).not.toEqual([0xd7, 0x19, 0x1c]);
});

test('after a pan, points that were outside the drawn area are drawn where they belong, and open their pop-up', async ({ page }) => {
  const layer = await syntheticPoints(page);
  const i = 1234;
  const [lat, lng] = bulkLatLng(layer.points, i);
  // Centre the map 1,400 px east of the point at zoom 15 (a pixel is 360 / (256 × 2^15) degrees of
  // longitude): the point lies beyond the canvas, which reaches half the map's width past each edge.
  const z = 15;
  const east = (1400 * 360) / (256 * 2 ** z);
  await withBulkLayer(page);
  await page.goto(`/embed?tiles=0&z=${z}&ll=${lat},${(lng + east).toFixed(6)}`);
  await expect(page.locator('canvas.fm-bulk-points')).toHaveAttribute('data-drawn', /^\d+$/);

  const box = (await page.locator('.fm-map').boundingBox())!;
  const y = box.y + box.height / 2;
  const at = box.x + box.width / 2 - 1400 + 1000;
  // Drag the map 1,000 px east, pause (no inertia), let go: the layer is redrawn for the new view.
  await page.mouse.move(box.x + 100, y);
  await page.mouse.down();
  for (let dx = 50; dx <= 1000; dx += 50) await page.mouse.move(box.x + 100 + dx, y);
  await page.waitForTimeout(200);
  await page.mouse.up();
  await expect.poll(() => pixelAt(page, at, y)).toEqual(FILL);
  // The drag was not a click on a point.
  await expect(popup(page)).toHaveCount(0);
  await page.mouse.click(at, y);
  await expect(popup(page).locator('h2')).toHaveText(layer.points.names[i]!);
});

test('where points pile up, those hidden under later ones are left out; a point partly under another is still drawn, and a hidden one still opens its pop-up', async ({
  page,
}) => {
  const layer = await syntheticPoints(page);
  const n = layer.points.ids.length;
  const lls = layer.points.ids.map((_, j) => bulkLatLng(layer.points, j));
  // The mean position, to 6 decimals (the URL takes at most 7).
  const mean = (k: 0 | 1) => Math.round((lls.reduce((a, p) => a + p[k], 0) / n) * 1e6) / 1e6;
  const centreLL: [number, number] = [mean(0), mean(1)];
  await withBulkLayer(page);
  const canvas = page.locator('canvas.fm-bulk-points[data-layer="synthetic"]');
  /** Offsets from the map centre at a zoom, and the distance from point j to point o. */
  const at = (z: number) => lls.map((ll) => offsetPx(centreLL, ll, z));
  const dist = (offs: { dx: number; dy: number }[], j: number, o: number) => Math.hypot(offs[j]!.dx - offs[o]!.dx, offs[j]!.dy - offs[o]!.dy);
  const inView = ({ dx, dy }: { dx: number; dy: number }) => Math.abs(dx) < 500 && Math.abs(dy) < 300;

  // Zoom 9: a point with a later point overlapping its circle (8.5–11 px away; each circle reaches
  // 7 px) and no other point within 8.5 px: its centre shows its own fill, drawn under the later one.
  const z9 = at(9);
  const partly = z9.findIndex((off, j) => {
    if (!inView(off)) return false;
    const near = z9.map((_, o) => (o === j ? Infinity : dist(z9, j, o)));
    return near.some((d, o) => o > j && d > 8.5 && d < 11) && near.every((d) => d > 8.5);
  });
  expect(partly, 'a point partly under a later one').toBeGreaterThanOrEqual(0);
  await page.goto(`/embed?tiles=0&z=9&ll=${centreLL[0]},${centreLL[1]}`);
  await expect(canvas).toHaveAttribute('data-drawn', /^[1-9]\d*$/);
  const box = (await page.locator('.fm-map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  expect(await pixelAt(page, centre.x + z9[partly]!.dx, centre.y + z9[partly]!.dy)).toEqual(FILL);

  // Zoom 8: most points lie under later ones, and those wholly hidden are left out of the drawing.
  // One buried under later points (every pixel within 9 px of it within 5 px of a later point's
  // centre, well inside that point's opaque fill, whatever the rounding), with no other point within 3 px, still opens
  // its pop-up on a click at its position.
  const z8 = at(8);
  const buried = z8.findIndex((off, j) => {
    if (!inView(off) || z8.some((_, o) => o !== j && dist(z8, j, o) < 3)) return false;
    const later = z8.slice(j + 1).filter((o) => Math.hypot(o.dx - off.dx, o.dy - off.dy) < 15);
    for (let ry = -9; ry <= 9; ry += 0.5) {
      for (let rx = -9; rx <= 9; rx += 0.5) {
        if (Math.hypot(rx, ry) > 9) continue;
        if (!later.some((o) => Math.hypot(off.dx + rx - o.dx, off.dy + ry - o.dy) < 5)) return false;
      }
    }
    return true;
  });
  expect(buried, 'a point buried under later ones').toBeGreaterThanOrEqual(0);
  await page.goto(`/embed?tiles=0&z=8&ll=${centreLL[0]},${centreLL[1]}`);
  await expect(canvas).toHaveAttribute('data-drawn', /^[1-9]\d*$/);
  const drawn = Number(await canvas.getAttribute('data-drawn'));
  const covered = Number(await canvas.getAttribute('data-covered'));
  expect(drawn).toBe(n);
  expect(covered).toBeGreaterThan(n / 2);
  await page.mouse.click(centre.x + z8[buried]!.dx, centre.y + z8[buried]!.dy);
  await expect(popup(page).locator('h2')).toHaveText(layer.points.names[buried]!);
});
