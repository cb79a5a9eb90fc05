import bearing from '@turf/bearing';
import distance from '@turf/distance';
import { bearingToAzimuth, lineString } from '@turf/helpers';
import type { Feature, LineString } from 'geojson';
import { compassPoint, type CompassPoint } from './compass-point';
import { positionOf, type PlaceLike } from './position-of';

export interface FindDirectionOptions {
  /** Name the bearing on a 16-point (default) or 8-point compass. */
  points?: 8 | 16;
}

export interface DirectionProperties {
  /** Bearing from the first place's centre to the second's as drawn, degrees clockwise from north (0–360). */
  bearing: number;
  compass: CompassPoint;
  /**
   * The arc of bearings the two places' precision allows, clockwise from `min_bearing` to
   * `max_bearing` (`min_bearing` is larger where the arc crosses north); both null where the
   * uncertainty reaches the start point, so that any direction is possible.
   */
  min_bearing: number | null;
  max_bearing: number | null;
  compass_range: [CompassPoint, CompassPoint] | null;
  /** Half the width of the arc, degrees (180 where any direction is possible). */
  half_width_deg: number;
  distance_km: number;
  uncertainty_km: number;
  points: 8 | 16;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const azimuth = (deg: number) => round(((deg % 360) + 360) % 360);

/**
 * The compass direction from one place to another, as a bearing and as the range of bearings
 * their precision allows. An approximate place may lie anywhere within `radius_m` of where it is
 * drawn; seen from the start, a circle of radius r at distance d fills the bearings ±asin(r / d)
 * around the drawn bearing (both radii add up). Where r ≥ d, any direction is possible.
 *
 * @param from the place the direction is taken from (its centre: see positionOf)
 * @param to the place the direction points to
 * @param options.points 16 (default) or 8 compass points
 * @returns a new LineString feature from centre to centre, with the bearing, its compass point and
 *          the range in `properties`
 * @example
 * const centre = { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [38.4286, 48.9173] } };
 * const refinery = { type: 'Feature', properties: { precision: { type: 'approximate', radius_m: 2000 } },
 *   geometry: { type: 'Point', coordinates: [38.36, 48.92] } };
 * findDirection(centre, refinery).properties
 * // => { bearing: 273.45…, compass: 'W', min_bearing: 249.98…, max_bearing: 296.92…,
 * //      compass_range: ['WSW', 'WNW'], half_width_deg: 23.47…, … }
 */
export function findDirection(from: PlaceLike, to: PlaceLike, options: FindDirectionOptions = {}): Feature<LineString, DirectionProperties> {
  const points = options.points ?? 16;
  if (points !== 8 && points !== 16) throw new Error('options.points must be 8 or 16');
  const a = positionOf(from);
  const b = positionOf(to);
  const km = distance(a.centre, b.centre, { units: 'kilometers' });
  if (km === 0) throw new Error('the two places have the same centre, so there is no direction from one to the other');
  const drawn = azimuth(bearingToAzimuth(bearing(a.centre, b.centre)));
  const uncertainty = a.radius_km + b.radius_km;
  const anyDirection = uncertainty >= km;
  const half = anyDirection ? 180 : (Math.asin(uncertainty / km) * 180) / Math.PI;
  const min = anyDirection ? null : azimuth(drawn - half);
  const max = anyDirection ? null : azimuth(drawn + half);
  return lineString([[...a.centre], [...b.centre]], {
    bearing: drawn,
    compass: compassPoint(drawn, { points }),
    min_bearing: min,
    max_bearing: max,
    compass_range: min === null || max === null ? null : [compassPoint(min, { points }), compassPoint(max, { points })],
    half_width_deg: round(half),
    distance_km: round(km),
    uncertainty_km: round(uncertainty),
    points,
  });
}
