import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { locateInPolygon, type LocateInPolygonOptions } from '@/lib/geometry/locate-in-polygon';
import type { PlaceLike, PrecisionProperties } from '@/lib/geometry/position-of';
import type { Feature } from '@/lib/types';
import { collection, deepFreeze, optionsOf, role, runGoldens } from './golden';

type Area = Feature<Polygon | MultiPolygon, PrecisionProperties | null>;

runGoldens('locate-in-polygon', (input) =>
  collection(input, locateInPolygon(role(input, 'place'), role<Area>(input, 'polygon'), optionsOf<LocateInPolygonOptions>(input, 'place'))),
);

const at = (lon: number, lat: number, radius_m?: number): PlaceLike =>
  deepFreeze({
    type: 'Feature',
    properties: radius_m ? { precision: { type: 'approximate', radius_m } } : null,
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });
const square: Area = deepFreeze({
  type: 'Feature',
  properties: null,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
});

describe('locateInPolygon', () => {
  it('signs the edge distance: negative inside, positive outside', () => {
    const inside = locateInPolygon(at(0.5, 0.9), square).properties;
    expect(inside.relation).toBe('inside');
    expect(inside.edge_distance_km).toBeCloseTo(-11.12, 1);
    const outside = locateInPolygon(at(0.5, 1.1), square).properties;
    expect(outside.relation).toBe('outside');
    expect(outside.edge_distance_km).toBeCloseTo(11.12, 1);
    expect(outside.possible).toEqual(['outside']);
  });

  it('lets precision reach across the edge', () => {
    expect(locateInPolygon(at(0.5, 0.95, 10_000), square).properties.possible).toEqual(['inside', 'outside']);
  });

  it('refuses a container that is not a polygon', () => {
    expect(() => locateInPolygon(at(0, 0), at(1, 1) as unknown as Area)).toThrow(/Polygon or MultiPolygon, not a Point/);
  });
});
