import distance from '@turf/distance';
import { lineString } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString } from 'geojson';
import { positionOf, type PlaceLike } from './position-of';

export interface BetweenProperties {
  /** From the place's centre to the nearest point of the straight line joining the two other centres, km. */
  offset_km: number;
  /** The offset range the three places' precision allows, km (never below 0). */
  min_km: number;
  max_km: number;
  /** How far along the line, from the first end (0) to the second (1), the nearest point lies. */
  along: number;
  /** The range of `along` the precision allows (it may run below 0 or above 1: beyond an end). */
  min_along: number;
  max_along: number;
  /** Length of the line between the two centres, km. */
  line_km: number;
  /** The place's radius plus the larger of the two ends' radii, km. */
  uncertainty_km: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Whether a place lies between two others: how far it is from the straight line joining their
 * centres, and where along that line. A place between them has `along` inside 0–1 and a small
 * offset; one beyond an end has `along` at 0 or 1. Precision widens both: the place's own radius
 * plus the larger radius of the two ends (moving an end moves the line by at most that much).
 *
 * @param place the place in the middle (its centre: see positionOf)
 * @param a one end
 * @param b the other end
 * @returns a new LineString feature from the place's centre to the nearest point of the line a–b,
 *          with the offset and position along the line in `properties`
 * @example
 * const at = (lon: number, lat: number) => ({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [lon, lat] } });
 * locateBetween(at(0.5, 0.01), at(0, 0), at(1, 0)).properties // => { offset_km: 1.111…, along: 0.5, … }
 */
export function locateBetween(place: PlaceLike, a: PlaceLike, b: PlaceLike): Feature<LineString, BetweenProperties> {
  const p = positionOf(place);
  const pa = positionOf(a);
  const pb = positionOf(b);
  const lineKm = distance(pa.centre, pb.centre, { units: 'kilometers' });
  if (lineKm === 0) throw new Error('the two ends have the same centre, so there is nothing to lie between');
  const nearest = nearestPointOnLine(lineString([pa.centre, pb.centre]), p.centre, { units: 'kilometers' });
  const offset = nearest.properties.pointDistance;
  const along = Math.min(1, Math.max(0, nearest.properties.lineDistance / lineKm));
  const uncertainty = p.radius_km + Math.max(pa.radius_km, pb.radius_km);
  return lineString([[...p.centre], [...nearest.geometry.coordinates]], {
    offset_km: round(offset),
    min_km: round(Math.max(0, offset - uncertainty)),
    max_km: round(offset + uncertainty),
    along: round(along),
    min_along: round(along - uncertainty / lineKm),
    max_along: round(along + uncertainty / lineKm),
    line_km: round(lineKm),
    uncertainty_km: round(uncertainty),
  });
}
