/**
 * Where the map puts a place's pop-up and how it frames it. Pure; used by the map view.
 */
import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { PlaceProperties } from './schemas';

/** What the map needs of a place to frame it and open its pop-up: a feature, or a bulk layer's point. */
export interface PlaceShape {
  id: string;
  geometry: Geometry;
  properties: Pick<PlaceProperties, 'label_point'>;
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
