// Small geometry operations shared by the layers: finishing, rounding, label points, distances.
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Simplify, round to 5 decimals and rewind to RFC 7946 (outer rings CCW, holes CW). */
export function finish<G extends Geometry>(g: G, tolerance?: number): G {
  let f: Feature<G> = turf.feature(g);
  if (tolerance !== undefined) f = turf.simplify(f, { tolerance, highQuality: true });
  f = turf.truncate(f, { precision: 5, coordinates: 2 });
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') f = turf.rewind(f as Feature<Polygon | MultiPolygon>, { reverse: false }) as Feature<G>;
  return f.geometry;
}

export function round5(p: Position): [number, number] {
  return [Math.round((p[0] ?? NaN) * 1e5) / 1e5, Math.round((p[1] ?? NaN) * 1e5) / 1e5];
}

/** A label point inside a polygon: its centre of mass when that is inside, else turf's point on surface. */
export function labelFor(g: Polygon | MultiPolygon): [number, number] {
  const c = turf.centerOfMass(g).geometry.coordinates;
  const p = turf.booleanPointInPolygon(c, g) ? c : turf.pointOnFeature(g).geometry.coordinates;
  return round5(p);
}

export function dropRepeats(coords: Position[]): Position[] {
  return coords.filter((c, i) => i === 0 || c[0] !== coords[i - 1]?.[0] || c[1] !== coords[i - 1]?.[1]);
}

/** Distance (km) from a point to the nearest part of a multi-line. */
export function kmToLines(p: Position, parts: Position[][]): number {
  return Math.min(...parts.map((c) => turf.pointToLineDistance(p, turf.lineString(c), { units: 'kilometers' })));
}
