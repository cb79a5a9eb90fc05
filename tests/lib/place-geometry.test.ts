import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import { loadGeoData } from './geo-data';

/** Turf's box as boundsOf answers it: [[south, west], [north, east]]. */
function turfBounds(geometries: Geometry[]) {
  const boxes = geometries.map((g) => bbox(g));
  return [
    [Math.min(...boxes.map((b) => b[1])), Math.min(...boxes.map((b) => b[0]))],
    [Math.max(...boxes.map((b) => b[3])), Math.max(...boxes.map((b) => b[2]))],
  ];
}

const EVERY_TYPE: Geometry[] = [
  { type: 'Point', coordinates: [38.4, 48.9] },
  {
    type: 'MultiPoint',
    coordinates: [
      [38.1, 48.7],
      [38.6, 49.0],
    ],
  },
  {
    type: 'LineString',
    coordinates: [
      [37.9, 48.5],
      [38.2, 48.6],
      [38.0, 48.9],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [38.0, 48.1],
        [38.3, 48.2],
      ],
      [
        [37.5, 48.4],
        [37.6, 48.0],
      ],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [38.0, 48.0],
        [38.5, 48.0],
        [38.5, 48.5],
        [38.0, 48.0],
      ],
      [
        [38.1, 48.1],
        [38.2, 48.1],
        [38.2, 48.2],
        [38.1, 48.1],
      ],
    ],
  },
  {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [38.0, 48.0],
          [38.1, 48.0],
          [38.1, 48.1],
          [38.0, 48.0],
        ],
      ],
      [
        [
          [39.0, 47.5],
          [39.2, 47.5],
          [39.2, 47.7],
          [39.0, 47.5],
        ],
      ],
    ],
  },
  {
    type: 'GeometryCollection',
    geometries: [
      { type: 'Point', coordinates: [36.9, 49.1] },
      {
        type: 'LineString',
        coordinates: [
          [38.0, 48.0],
          [38.4, 47.2],
        ],
      },
    ],
  },
];

describe('boundsOf', () => {
  it('is Turf’s box for every type of geometry, one or several', () => {
    for (const g of EVERY_TYPE) expect(boundsOf([g]), g.type).toEqual(turfBounds([g]));
    expect(boundsOf(EVERY_TYPE)).toEqual(turfBounds(EVERY_TYPE));
  });

  it('is Turf’s box for every place of the data', () => {
    for (const [id, { feature }] of loadGeoData().places) expect(boundsOf([feature.geometry]), id).toEqual(turfBounds([feature.geometry]));
  });
});

describe('anchorOf', () => {
  it('is the label point where there is one, the point of a point, and the centre of the box otherwise', () => {
    expect(anchorOf({ geometry: EVERY_TYPE[4]!, properties: { label_point: [38.2, 48.3] } })).toEqual([48.3, 38.2]);
    expect(anchorOf({ geometry: EVERY_TYPE[0]!, properties: {} })).toEqual([48.9, 38.4]);
    expect(anchorOf({ geometry: EVERY_TYPE[1]!, properties: {} })).toEqual([(48.7 + 49.0) / 2, (38.1 + 38.6) / 2]);
  });
});
