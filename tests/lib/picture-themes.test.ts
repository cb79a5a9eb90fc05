// One map picture for both themes (lib/picture-themes.ts): what the dark theme resolves to is the dark picture.
import { describe, expect, it } from 'vitest';
import type { MapLayer } from '@/lib/map-data';
import { frameAround, type Picture, type PictureShape, pictureOf } from '@/lib/map-picture';
import { type ThemedPaint, themedPaint, themedPicture } from '@/lib/picture-themes';
import { BASE_STYLE } from '@/lib/styles';
import { loadMapData } from './geo-data';

const map = loadMapData();
const features = map.layers.flatMap((l) => (l as MapLayer).collection?.features ?? []);

/** What the browser draws in a theme: light-dark() resolved, and a #rrggbbaa colour split into colour and opacity. */
function resolved(value: string, theme: 'light' | 'dark'): [string, number | undefined] {
  const pair = /^light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\)$/i.exec(value);
  const colour = pair ? pair[theme === 'light' ? 1 : 2]! : value;
  return colour.length === 9 ? [colour.slice(0, 7), parseInt(colour.slice(7), 16) / 255] : [colour, undefined];
}

/** A shape's fill and stroke as drawn in `theme`: its attributes (the light picture's), overridden by its themed style. */
function drawn(shape: PictureShape, paint: ThemedPaint, theme: 'light' | 'dark') {
  const fill = resolved(paint.fill ?? shape.style.fillColor ?? shape.style.color, theme);
  const stroke = resolved(paint.stroke ?? shape.style.color, theme);
  return {
    fill: fill[0],
    fillOpacity: (fill[1] ?? 1) * (paint.fillOpacity ?? shape.style.fillOpacity ?? 0.2),
    stroke: stroke[0],
    strokeOpacity: (stroke[1] ?? 1) * (paint.strokeOpacity ?? shape.style.opacity),
  };
}

const asDrawn = (shape: PictureShape) => ({
  fill: shape.style.fillColor ?? shape.style.color,
  fillOpacity: shape.style.fillOpacity ?? 0.2,
  stroke: shape.style.color,
  strokeOpacity: shape.style.opacity,
});

describe('themedPicture', () => {
  it('draws every place page’s picture in each theme exactly as that theme’s own picture, on every reporting date', () => {
    let compared = 0;
    for (const f of features) {
      const frame = frameAround(f.geometry, 640, 400);
      for (const date of [map.dateRange.min, '2022-06-30', map.dateRange.max]) {
        const [light, dark] = (['light', 'dark'] as const).map((theme) =>
          pictureOf(map, { frame, date, theme, selected: f.id, labels: true }),
        ) as [Picture, Picture];
        const themes = themedPicture(light, dark);
        light.shapes.forEach((shape, i) => {
          const paint = themes.shapes[i]!;
          // An unfilled shape (a line) has no fill to compare.
          const round = (d: ReturnType<typeof drawn>) => ({
            ...(shape.filled ? { fill: d.fill, fillOpacity: d.fillOpacity.toFixed(2) } : {}),
            stroke: d.stroke,
            strokeOpacity: d.strokeOpacity.toFixed(2),
          });
          expect(round(drawn(shape, paint, 'light')), shape.key).toEqual(round(asDrawn(shape)));
          expect(round(drawn(shape, paint, 'dark')), shape.key).toEqual(round(asDrawn(dark.shapes[i]!)));
          compared++;
        });
        expect(resolved(themes.background, 'dark')[0]).toBe(dark.background);
        expect(resolved(themes.labelColour, 'dark')[0]).toBe(dark.labelColour);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('themedPaint', () => {
  const shape = (style: PictureShape['style'], filled = true): PictureShape => ({ key: 'x', d: 'M0 0', style, filled });

  it('adds nothing where the themes agree, pairs the colours that differ, and folds a differing opacity into the colour', () => {
    const river = shape(BASE_STYLE.river, false);
    expect(themedPaint(river, river)).toEqual({});
    expect(themedPaint(shape(BASE_STYLE.border, false), shape(BASE_STYLE.borderDark, false))).toEqual({
      stroke: 'light-dark(#555555, #b0b5bb)',
    });
    // The region fill: 0.55 of #f4f1ea in the light theme, 0.6 of #1f2327 in the dark.
    expect(themedPaint(shape(BASE_STYLE.region), shape(BASE_STYLE.regionDark))).toEqual({
      fill: 'light-dark(#f4f1ea8c, #1f232799)',
      fillOpacity: 1,
      stroke: 'light-dark(#7a7a7a, #8a8f96)',
    });
  });

  it('refuses shapes drawn differently, not only coloured differently', () => {
    expect(() => themedPaint(shape(BASE_STYLE.border, false), shape({ ...BASE_STYLE.borderDark, weight: 4 }, false))).toThrow(
      /"x" is not drawn the same/,
    );
  });
});
