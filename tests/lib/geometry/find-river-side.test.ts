import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findRiverSide, type FindRiverSideOptions } from '@/lib/geometry/find-river-side';
import type { PlaceLike, PrecisionProperties } from '@/lib/geometry/position-of';
import type { Feature } from '@/lib/types';
import { collection, deepFreeze, optionsOf, role, runGoldens } from './golden';

type River = Feature<LineString | MultiLineString, PrecisionProperties | null>;

runGoldens('find-river-side', (input) =>
  collection(input, findRiverSide(role(input, 'place'), role<River>(input, 'river'), optionsOf<FindRiverSideOptions>(input, 'place'))),
);

const at = (lon: number, lat: number): PlaceLike =>
  deepFreeze({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [lon, lat] } });
const river = (coordinates: number[][]): River =>
  deepFreeze({ type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates } });

describe('findRiverSide', () => {
  it('tells left from right on a river flowing east, and names the bank', () => {
    const r = river([
      [0, 0],
      [1, 0],
    ]);
    expect(findRiverSide(at(0.5, 0.1), r).properties).toMatchObject({ side: 'left', bank_compass: 'N', flow_bearing: 90 });
    expect(findRiverSide(at(0.5, -0.1), r).properties).toMatchObject({ side: 'right', bank_compass: 'S' });
    expect(findRiverSide(at(0.5, -0.1), r, { flow: 'upstream' }).properties).toMatchObject({
      side: 'left',
      bank_compass: 'S',
      flow_bearing: 270,
    });
  });

  it('puts a point on the line on neither bank', () => {
    const p = findRiverSide(
      at(1, 0),
      river([
        [0, 0],
        [1, 0],
        [2, 0.5],
      ]),
    ).properties;
    expect(p).toMatchObject({ side: 'on-line', drawn_side: null, possible: ['left', 'right'], distance_km: 0 });
  });

  it('refuses a river that is not a line', () => {
    const notALine = deepFreeze({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [0, 0] } }) as unknown as River;
    expect(() => findRiverSide(at(0, 1), notALine)).toThrow(/LineString or MultiLineString, not a Point/);
  });
});
