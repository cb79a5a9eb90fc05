import { describe, expect, it } from 'vitest';
import { outlineOf } from '@/lib/geometry/outline-of';
import { positionOf } from '@/lib/geometry/position-of';
import { deepFreeze } from './golden';

const square = deepFreeze({
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
    [
      [0.5, 0.5],
      [0.5, 1],
      [1, 1],
      [0.5, 0.5],
    ],
  ],
});

describe('positionOf', () => {
  it('takes the label point, then the point, then the centre of mass', () => {
    expect(positionOf(deepFreeze({ type: 'Feature', properties: { label_point: [1, 1.5] }, geometry: square }))).toEqual({
      centre: [1, 1.5],
      centre_from: 'label_point',
      radius_km: 0,
    });
    expect(
      positionOf(
        deepFreeze({
          type: 'Feature',
          properties: { precision: { type: 'approximate', radius_m: 1500 } },
          geometry: { type: 'Point', coordinates: [3, 4] },
        }),
      ),
    ).toEqual({
      centre: [3, 4],
      centre_from: 'point',
      radius_km: 1.5,
    });
    expect(
      positionOf(deepFreeze({ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [square.coordinates[0]!] } }))
        .centre_from,
    ).toBe('centre_of_mass');
  });
});

describe('outlineOf', () => {
  it('gives every ring of a polygon, holes included, and nothing for a point', () => {
    const outline = outlineOf(square)!;
    expect(outline.type).toBe('MultiLineString');
    expect(outline.coordinates).toEqual(square.coordinates);
    expect(outline.coordinates[0]).not.toBe(square.coordinates[0]);
    expect(outlineOf({ type: 'Point', coordinates: [0, 0] })).toBeNull();
  });
});
