import { describe, expect, it } from 'vitest';
import { locateBetween } from '@/lib/geometry/locate-between';
import type { PlaceLike } from '@/lib/geometry/position-of';
import { collection, deepFreeze, role, runGoldens } from './golden';

runGoldens('locate-between', (input) => collection(input, locateBetween(role(input, 'place'), role(input, 'a'), role(input, 'b'))));

const at = (lon: number, lat: number, radius_m?: number): PlaceLike =>
  deepFreeze({
    type: 'Feature',
    properties: radius_m ? { precision: { type: 'approximate', radius_m } } : null,
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });

describe('locateBetween', () => {
  it('measures the offset from the line and the position along it', () => {
    const p = locateBetween(at(0.25, 0.01), at(0, 0), at(1, 0)).properties;
    expect(p.offset_km).toBeCloseTo(1.112, 2);
    expect(p.along).toBeCloseTo(0.25, 3);
  });

  it('widens by the place’s radius and the larger end radius', () => {
    const p = locateBetween(at(0.5, 0.01, 1000), at(0, 0, 500), at(1, 0, 2000)).properties;
    expect(p.uncertainty_km).toBe(3);
    expect(p.min_km).toBe(0);
  });

  it('refuses ends at the same place', () => {
    expect(() => locateBetween(at(0, 1), at(1, 1), at(1, 1))).toThrow(/same centre/);
  });
});
