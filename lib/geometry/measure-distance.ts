import booleanIntersects from '@turf/boolean-intersects';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import lineIntersect from '@turf/line-intersect';
import { coordAll } from '@turf/meta';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, Geometry, LineString, Position } from 'geojson';
import { outlineOf } from './outline-of';
import { positionOf, type PlaceLike } from './position-of';

export interface MeasureDistanceOptions {
  /**
   * `centres` (default): from centre to centre (label point, point, or centre of mass; see
   * positionOf). `edges`: between the nearest points of the two geometries, 0 where they touch or
   * overlap.
   */
  between?: 'centres' | 'edges';
}

export interface DistanceProperties {
  between: 'centres' | 'edges';
  /** The distance between the geometries as drawn, in km. */
  distance_km: number;
  /** The smallest and largest distance the two places' precision allows, in km (never below 0). */
  min_km: number;
  max_km: number;
  /** The two uncertainty radii added up, in km: how far the real distance may differ. */
  uncertainty_km: number;
}

interface Pair {
  from: Position;
  to: Position;
  km: number;
}

/** Nearest point of `geometry` to `p`, with the distance in km. */
function nearestTo(p: Position, geometry: Geometry): { at: Position; km: number } {
  const outline = outlineOf(geometry);
  if (outline) {
    const nearest = nearestPointOnLine(outline, p, { units: 'kilometers' });
    return { at: nearest.geometry.coordinates, km: nearest.properties.pointDistance };
  }
  let best: { at: Position; km: number } | undefined;
  for (const q of coordAll(geometry)) {
    const km = distance(p, q, { units: 'kilometers' });
    if (!best || km < best.km) best = { at: q, km };
  }
  if (!best) throw new Error('an empty geometry has no nearest point');
  return best;
}

/** A point shared by two geometries that intersect: a vertex of one on the other, or a crossing. */
function sharedPoint(a: Geometry, b: Geometry): Position | undefined {
  for (const v of coordAll(a)) if (booleanIntersects(point(v), b)) return v;
  for (const v of coordAll(b)) if (booleanIntersects(point(v), a)) return v;
  const la = outlineOf(a);
  const lb = outlineOf(b);
  if (la && lb) return lineIntersect(la, lb).features[0]?.geometry.coordinates;
  return undefined;
}

/** The nearest pair of points of two geometries (vertex to line, both ways). */
function nearestEdges(a: Geometry, b: Geometry): Pair {
  if (booleanIntersects(a, b)) {
    const shared = sharedPoint(a, b);
    if (shared) return { from: shared, to: shared, km: 0 };
  }
  let best: Pair | undefined;
  for (const v of coordAll(a)) {
    const n = nearestTo(v, b);
    if (!best || n.km < best.km) best = { from: v, to: n.at, km: n.km };
  }
  for (const v of coordAll(b)) {
    const n = nearestTo(v, a);
    if (!best || n.km < best.km) best = { from: n.at, to: v, km: n.km };
  }
  if (!best) throw new Error('an empty geometry has no edges');
  return best;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * How far apart two places are, as drawn and as their precision allows: an approximate place
 * (`properties.precision.type === 'approximate'`) may lie anywhere within `radius_m` of where it is
 * drawn, so the distance is a range [distance − r₁ − r₂, distance + r₁ + r₂], never below 0.
 *
 * @param from a place feature (any geometry)
 * @param to another place feature
 * @param options.between `centres` (default) or `edges`
 * @returns a new LineString feature from `from` to `to` (the two centres, or the two nearest
 *          points; both ends the same point where the geometries touch) with the distance in
 *          `properties` (km, rounded to 1 mm)
 * @example
 * const refinery = { type: 'Feature', properties: { precision: { type: 'approximate', radius_m: 2000 } },
 *   geometry: { type: 'Point', coordinates: [38.36, 48.92] } };
 * const centre = { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [38.4286, 48.9173] } };
 * measureDistance(centre, refinery).properties
 * // => { between: 'centres', distance_km: 5.021558, min_km: 3.021558, max_km: 7.021558, uncertainty_km: 2 }
 */
export function measureDistance(from: PlaceLike, to: PlaceLike, options: MeasureDistanceOptions = {}): Feature<LineString, DistanceProperties> {
  const between = options.between ?? 'centres';
  if (between !== 'centres' && between !== 'edges') throw new Error('options.between must be "centres" or "edges"');
  const a = positionOf(from);
  const b = positionOf(to);
  const pair: Pair =
    between === 'centres'
      ? { from: a.centre, to: b.centre, km: distance(a.centre, b.centre, { units: 'kilometers' }) }
      : nearestEdges(from.geometry, to.geometry);
  const uncertainty = a.radius_km + b.radius_km;
  return lineString([[...pair.from], [...pair.to]], {
    between,
    distance_km: round(pair.km),
    min_km: round(Math.max(0, pair.km - uncertainty)),
    max_km: round(pair.km + uncertainty),
    uncertainty_km: round(uncertainty),
  });
}
