import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { outlineOf } from './outline-of';
import { positionOf, type PlaceLike, type PrecisionProperties } from './position-of';

export interface LocateInPolygonOptions {
  /** A centre closer to the edge than this (km) is on the edge. Default 0.001 (1 m). */
  on_edge_km?: number;
}

export interface PolygonLocationProperties {
  /** Where the centre lies as drawn. */
  relation: 'inside' | 'outside' | 'on-edge';
  /** Where the place may lie, given its own and the polygon's precision. */
  possible: ('inside' | 'outside')[];
  /** Distance from the centre to the nearest edge (including the edges of holes), km: negative inside, positive outside. */
  edge_distance_km: number;
  /** The signed distance range the precision allows, km. */
  min_km: number;
  max_km: number;
  /** The place's and the polygon's uncertainty radii added up, km. */
  uncertainty_km: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Where a place lies relative to a polygon: inside, outside or on its edge, and how far from the
 * edge. The distance is signed (negative inside) so that one range covers both sides: a place
 * whose precision, added to the polygon's (an approximate outline may be off by its `radius_m`),
 * reaches across the edge may be inside or outside. A point in a hole is outside.
 *
 * @param place the place (its centre: see positionOf)
 * @param polygon a Polygon or MultiPolygon feature
 * @param options.on_edge_km distance within which a centre is on the edge, default 0.001
 * @returns a new LineString feature from the centre to the nearest point of the edge, with the
 *          relation and signed distances in `properties`
 * @example
 * const square = { type: 'Feature', properties: null,
 *   geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } };
 * const p = { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [0.5, 0.9] } };
 * locateInPolygon(p, square).properties // => { relation: 'inside', edge_distance_km: -11.119…, … }
 */
export function locateInPolygon(
  place: PlaceLike,
  polygon: Feature<Polygon | MultiPolygon, PrecisionProperties | null>,
  options: LocateInPolygonOptions = {},
): Feature<LineString, PolygonLocationProperties> {
  const onEdge = options.on_edge_km ?? 0.001;
  const g = polygon?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new Error(
      `the container must be a Polygon or MultiPolygon, not a ${(g as { type?: string } | undefined)?.type ?? 'missing geometry'}`,
    );
  }
  const { centre, radius_km } = positionOf(place);
  const uncertainty = radius_km + positionOf(polygon).radius_km;
  const nearest = nearestPointOnLine(outlineOf(g)!, centre, { units: 'kilometers' });
  const km = nearest.properties.pointDistance;
  const relation = km <= onEdge ? 'on-edge' : booleanPointInPolygon(centre, g) ? 'inside' : 'outside';
  const signed = relation === 'inside' ? -km : relation === 'outside' ? km : 0;
  const min = signed - uncertainty;
  const max = signed + uncertainty;
  const possible: ('inside' | 'outside')[] = [];
  if (min <= 0) possible.push('inside');
  if (max >= 0) possible.push('outside');
  return lineString([[...centre], [...nearest.geometry.coordinates]], {
    relation,
    possible,
    edge_distance_km: round(signed),
    min_km: round(min),
    max_km: round(max),
    uncertainty_km: round(uncertainty),
  });
}
