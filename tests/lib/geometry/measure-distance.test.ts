import { describe, expect, it } from 'vitest';
import { measureDistance, type MeasureDistanceOptions } from '@/lib/geometry/measure-distance';
import type { PlaceLike } from '@/lib/geometry/position-of';
import { collection, deepFreeze, optionsOf, role, runGoldens } from './golden';

runGoldens('measure-distance', (input) =>
  collection(input, measureDistance(role(input, 'from'), role(input, 'to'), optionsOf<MeasureDistanceOptions>(input, 'from'))),
);

const at = (lon: number, lat: number, radius_m?: number): PlaceLike =>
  deepFreeze({
    type: 'Feature',
    properties: radius_m ? { precision: { type: 'approximate', radius_m } } : { precision: { type: 'exact' } },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });

describe('measureDistance', () => {
  it('widens the distance by both radii, never below 0', () => {
    const d = measureDistance(at(0, 0, 1000), at(0, 0.01, 500)).properties; // 0.01° of latitude = 1.11 km
    expect(d.distance_km).toBeCloseTo(1.112, 3);
    expect(d.min_km).toBe(0);
    expect(d.max_km).toBeCloseTo(2.612, 3);
    expect(d.uncertainty_km).toBe(1.5);
  });

  it('is symmetric', () => {
    const a = at(38.4286, 48.9173);
    const b = at(38.36, 48.92, 2000);
    expect(measureDistance(a, b).properties).toEqual(measureDistance(b, a).properties);
  });

  it('says in plain words what it cannot take', () => {
    expect(() => measureDistance(at(0, 0), at(1, 1), { between: 'middles' as 'edges' })).toThrow(/between/);
    expect(() => measureDistance({} as PlaceLike, at(1, 1))).toThrow(/Feature/);
  });
});
