import { describe, expect, it } from 'vitest';
import { azimuthOf, compassPoint } from '@/lib/geometry/compass-point';
import { findDirection, type FindDirectionOptions } from '@/lib/geometry/find-direction';
import type { PlaceLike } from '@/lib/geometry/position-of';
import { collection, deepFreeze, optionsOf, role, runGoldens } from './golden';

runGoldens('find-direction', (input) =>
  collection(input, findDirection(role(input, 'from'), role(input, 'to'), optionsOf<FindDirectionOptions>(input, 'from'))),
);

const at = (lon: number, lat: number, radius_m?: number): PlaceLike =>
  deepFreeze({
    type: 'Feature',
    properties: radius_m ? { precision: { type: 'approximate', radius_m } } : null,
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });

describe('compassPoint', () => {
  it('names the 16 and 8 points, boundaries going clockwise', () => {
    expect([0, 11.24, 11.25, 225, 250, 273.5, 348.75, 359.9, -45, 720].map((b) => compassPoint(b))).toEqual([
      'N',
      'N',
      'NNE',
      'SW',
      'WSW',
      'W',
      'N',
      'N',
      'NW',
      'N',
    ]);
    expect([22.5, 250, 247.4, 337.5].map((b) => compassPoint(b, { points: 8 }))).toEqual(['NE', 'W', 'SW', 'N']);
    expect(azimuthOf('SW')).toBe(225);
    expect(() => compassPoint(Number.NaN)).toThrow(/finite/);
  });
});

describe('findDirection', () => {
  it('gives the four cardinal directions', () => {
    const o = at(0, 0);
    expect(findDirection(o, at(0, 1)).properties.compass).toBe('N');
    expect(findDirection(o, at(1, 0)).properties.compass).toBe('E');
    expect(findDirection(o, at(0, -1)).properties.compass).toBe('S');
    expect(findDirection(o, at(-1, 0)).properties.compass).toBe('W');
  });

  it('gives ±asin(r/d) around the bearing', () => {
    const p = findDirection(at(0, 0), at(0, -0.1, 5560)).properties; // ~11.12 km south, r 5.56 km: ±30°
    expect(p.half_width_deg).toBeCloseTo(30, 0);
    expect(p.min_bearing).toBeCloseTo(150, 0);
    expect(p.max_bearing).toBeCloseTo(210, 0);
  });

  it('refuses two places at the same centre', () => {
    expect(() => findDirection(at(1, 1), at(1, 1))).toThrow(/same centre/);
  });
});
