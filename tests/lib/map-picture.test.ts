// The map pictures (lib/map-picture.ts) of the place pages and the preview image: the page itself is tested in tests/e2e/place-page.spec.ts.
import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import type { MapLayer } from '@/lib/map-data';
import { frameAround, type Picture, pictureOf } from '@/lib/map-picture';
import { pathData, projector } from '@/lib/svg-shapes';
import { ACTIVITY_OUTLINE, CONTROL_COLOURS, CONTROL_COLOURS_DARK, MAP_BACKGROUND, NO_CONTROL_COLOUR, THEME, THEME_DARK } from '@/lib/styles';
import { loadMapData } from './geo-data';

const map = loadMapData();
const geometryOf = (id: string) => map.layers.flatMap((l) => (l as MapLayer).collection?.features ?? []).find((f) => f.id === id)!.geometry;
const shape = (picture: Picture, key: string) => picture.shapes.find((s) => s.key === key);
const aroundLysychansk = frameAround(geometryOf('lysychansk'), 640, 400);

describe('pictureOf', () => {
  it('styles each place by its situation on the date, as the live map does: 30 June 2022 around Lysychansk', () => {
    const picture = pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light' });
    // Reported that day: Lysychansk Ukrainian-held and under attack; Severodonetsk Russian-held.
    expect(shape(picture, 'lysychansk')?.style).toMatchObject({ fillColor: CONTROL_COLOURS.ukrainian, color: ACTIVITY_OUTLINE.light });
    expect(shape(picture, 'severodonetsk')?.style).toMatchObject({ fillColor: CONTROL_COLOURS.russian });
    // The refinery: activity reported, control not: grey with the activity outline.
    expect(shape(picture, 'lysychansk-refinery')?.style).toMatchObject({ fillColor: NO_CONTROL_COLOUR, color: ACTIVITY_OUTLINE.light });
    expect(picture.background).toBe(MAP_BACKGROUND.light);
  });

  it('draws the base first and the selected place last, in the selection colour', () => {
    const picture = pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light', selected: 'severodonetsk' });
    expect(picture.shapes[0]!.key.startsWith('base-')).toBe(true);
    expect(picture.shapes.at(-1)).toMatchObject({ key: 'severodonetsk', style: { color: THEME.selected } });
  });

  it('takes the dark theme’s colours', () => {
    const picture = pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'dark', selected: 'lysychansk' });
    expect(shape(picture, 'severodonetsk')?.style.fillColor).toBe(CONTROL_COLOURS_DARK.russian);
    expect(shape(picture, 'lysychansk')?.style.color).toBe(THEME_DARK.selected);
    expect(picture.background).toBe(MAP_BACKGROUND.dark);
  });

  it('leaves out shapes wholly outside the frame: Bakhmut is not in the twin cities’ picture, and is in its own', () => {
    expect(shape(pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light' }), 'bakhmut')).toBeUndefined();
    const aroundBakhmut = frameAround(geometryOf('bakhmut'), 640, 400);
    const picture = pictureOf(map, { frame: aroundBakhmut, date: '2023-02-08', theme: 'light', selected: 'bakhmut' });
    expect(shape(picture, 'bakhmut')).toBeDefined();
    expect(shape(picture, 'lysychansk')).toBeUndefined();
  });

  it('cuts the outlines that run beyond the picture to it, with a margin, and leaves the shapes inside it whole', () => {
    const picture = pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light' });
    const paths = picture.shapes.flatMap((s) => ('d' in s ? [s] : []));
    // The region outlines and the river are drawn, and no point of any path lies beyond the margin.
    expect(paths.filter((s) => s.key.startsWith('base-')).length).toBeGreaterThanOrEqual(2);
    for (const { key, d } of paths) {
      const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.length, key).toBeGreaterThan(0);
      const outside = numbers.filter((v, i) => v < -10.1 || v > (i % 2 ? picture.height : picture.width) + 10.1);
      expect(outside, key).toEqual([]);
    }
    // Lysychansk is wholly inside: its outline is the uncut one.
    expect(shape(picture, 'lysychansk')).toMatchObject({ d: pathData(geometryOf('lysychansk'), projector(aroundLysychansk)) });
  });

  it('names the towns inside the frame only when asked, each within the picture', () => {
    expect(pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light' }).labels).toEqual([]);
    const { labels, width, height } = pictureOf(map, { frame: aroundLysychansk, date: '2022-06-30', theme: 'light', labels: true });
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.x >= 0 && l.x <= width && l.y >= 0 && l.y <= height).toBe(true);
  });
});

describe('frameAround', () => {
  it('holds the whole place with a margin', () => {
    const [w, s, e, n] = bbox(geometryOf('lysychansk'));
    const [fw, fs, fe, fn] = aroundLysychansk.bbox;
    expect(fw).toBeLessThan(w);
    expect(fs).toBeLessThan(s);
    expect(fe).toBeGreaterThan(e);
    expect(fn).toBeGreaterThan(n);
  });

  it('shows a point with a few kilometres around it, at the picture’s proportions', () => {
    const {
      bbox: [w, s, e, n],
    } = frameAround(geometryOf('lysychansk-refinery'), 640, 400);
    expect(n - s).toBeGreaterThanOrEqual(0.12);
    const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
    expect(((e - w) * k) / (n - s)).toBeCloseTo(640 / 400, 2);
  });
});
