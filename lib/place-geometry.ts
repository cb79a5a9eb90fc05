/**
 * Where the map puts a place's pop-up and how it frames it. Pure; used by the map view.
 */
import type { Geometry, Position } from 'geojson';
import type { PlaceProperties } from './schemas';

/** What the map needs of a place to frame it and open its pop-up: a feature, or a bulk layer's point. */
export interface PlaceShape {
  id: string;
  geometry: Geometry;
  properties: Pick<PlaceProperties, 'label_point'>;
}

type Box = [west: number, south: number, east: number, north: number];

/** Every position of a geometry, of any type. */
function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/**
 * The box around a geometry, walked here rather than with @turf/bbox (which the server's modules
 * use): in the embed's start, Turf's coordinate walker (@turf/meta) cost 361 B gzip of a budget
 * with 30 B left (tests/lib/embed-budget.test.ts). tests/lib/place-geometry.test.ts checks it
 * against Turf's for every type of geometry and every place.
 */
function bbox(g: Geometry): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = Number.NaN, y = Number.NaN] of positionsOf(g)) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** [lat, lng] of a place's label point (polygons, lines) or its point. */
export function anchorOf(feature: Pick<PlaceShape, 'geometry' | 'properties'>): [number, number] {
  const lp = feature.properties.label_point;
  if (lp) return [lp[1], lp[0]];
  const g = feature.geometry;
  if (g.type === 'Point') return [g.coordinates[1]!, g.coordinates[0]!];
  const [w, s, e, n] = bbox(g);
  return [(s + n) / 2, (w + e) / 2];
}

/** [[south, west], [north, east]] around one or more geometries. */
export function boundsOf(geometries: Geometry[]): [[number, number], [number, number]] {
  const boxes = geometries.map((g) => bbox(g));
  const w = Math.min(...boxes.map((b) => b[0]));
  const s = Math.min(...boxes.map((b) => b[1]));
  const e = Math.max(...boxes.map((b) => b[2]));
  const n = Math.max(...boxes.map((b) => b[3]));
  return [
    [s, w],
    [n, e],
  ];
}
