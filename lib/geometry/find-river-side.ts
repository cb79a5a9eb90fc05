import along from '@turf/along';
import bearing from '@turf/bearing';
import { bearingToAzimuth, lineString } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { compassPoint, type CompassPoint } from './compass-point';
import { positionOf, type PlaceLike, type PrecisionProperties } from './position-of';

export type Bank = 'left' | 'right';

export interface FindRiverSideOptions {
  /** Which way the river's coordinates run: `downstream` (default) or `upstream`. */
  flow?: 'downstream' | 'upstream';
  /** A centre closer to the line than this (km) is on the line. Default 0.001 (1 m). */
  on_line_km?: number;
  /**
   * The bank is named after the river's general direction over this many km either side of the
   * nearest point, so that one short bend does not decide it. Default 1.
   */
  bank_span_km?: number;
}

export interface RiverSideProperties {
  /**
   * The bank, looking downstream: `left` or `right`; `on-line` where the centre lies on the river
   * line; `uncertain` where the place's and the river's precision together reach across the line.
   */
  side: Bank | 'on-line' | 'uncertain';
  /** The side of the centre as drawn, whatever the precision; null on the line. */
  drawn_side: Bank | null;
  /** Every bank the place may be on. */
  possible: Bank[];
  /**
   * The compass direction, on 8 points, of the drawn side: square to the river's general direction
   * (the left bank of a river flowing south-east is its north-east bank); null on the line.
   */
  bank_compass: CompassPoint | null;
  /** The river's general direction of flow over `bank_span_km` either side of the nearest point, degrees clockwise from north. */
  flow_bearing: number;
  /** From the centre to the nearest point of the river line, km. */
  distance_km: number;
  /** The place's and the river's uncertainty radii added up, km. */
  uncertainty_km: number;
  /** True where the nearest point is an end of the line: the river as drawn does not pass the place. */
  at_line_end: boolean;
}

const EPSILON = 1e-9;
const same = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < EPSILON && Math.abs(a[1]! - b[1]!) < EPSILON;
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** z of the cross product of (a→b) and (a→p) in a local plane with east–west shrunk by cos(lat). */
function crossAt(a: Position, b: Position, p: Position, k: number): number {
  return (b[0]! - a[0]!) * k * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!) * k;
}

/** z of the cross product of two consecutive segments: > 0 where the line turns left at their vertex. */
function turnAt(a: Position, v: Position, b: Position, k: number): number {
  return (v[0]! - a[0]!) * k * (b[1]! - v[1]!) - (v[1]! - a[1]!) * (b[0]! - v[0]!) * k;
}

/**
 * Which bank of a river a place lies on: left or right looking downstream, and the compass side of
 * that bank. The side is that of the river segment nearest to the place's centre; where the nearest
 * point is a vertex and its two segments disagree, the place lies on the outside of the bend (right
 * of a left turn). A place whose precision, added to the river's, reaches the line is `uncertain`;
 * a centre on the line is `on-line`. A MultiLineString river is taken part by part, each part
 * running the same way.
 *
 * @param place the place (its centre: see positionOf)
 * @param river a LineString or MultiLineString feature whose coordinates run downstream (or upstream
 *        with `options.flow`)
 * @param options.flow `downstream` (default) or `upstream`
 * @param options.on_line_km distance within which a centre is on the line, default 0.001
 * @param options.bank_span_km km of river either side of the nearest point whose direction names
 *        the bank, default 1
 * @returns a new LineString feature from the centre to the nearest point of the river, with the
 *          side in `properties`
 * @example
 * const river = { type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates: [[0, 1], [1, 0]] } };
 * const place = { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [1, 1] } };
 * findRiverSide(place, river).properties.side // => 'left' (the north-east bank of a river flowing south-east)
 */
export function findRiverSide(
  place: PlaceLike,
  river: Feature<LineString | MultiLineString, PrecisionProperties | null>,
  options: FindRiverSideOptions = {},
): Feature<LineString, RiverSideProperties> {
  const flow = options.flow ?? 'downstream';
  const onLine = options.on_line_km ?? 0.001;
  const span = options.bank_span_km ?? 1;
  if (!(span > 0)) throw new Error('options.bank_span_km must be a positive number of km');
  if (flow !== 'downstream' && flow !== 'upstream') throw new Error('options.flow must be "downstream" or "upstream"');
  const g = river?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
    throw new Error(
      `a river must be a LineString or MultiLineString, not a ${(g as { type?: string } | undefined)?.type ?? 'missing geometry'}`,
    );
  }
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  if (lines.some((l) => l.length < 2)) throw new Error('every line of the river needs at least two positions');
  const { centre, radius_km } = positionOf(place);
  const uncertainty = radius_km + positionOf(river).radius_km;

  const nearest = nearestPointOnLine(g, centre, { units: 'kilometers' });
  const line = lines[nearest.properties.lineStringIndex]!;
  // Turf gives the last vertex's index when the nearest point is the end of the line.
  const seg = Math.min(nearest.properties.segmentIndex, line.length - 2);
  const q = nearest.geometry.coordinates;
  const k = Math.cos((q[1]! * Math.PI) / 180);
  const a = line[seg]!;
  const b = line[seg + 1]!;

  // Sign of the side in coordinate order: > 0 left, < 0 right.
  let sign = Math.sign(crossAt(a, b, centre, k));
  const prev = seg > 0 && same(q, a) ? line[seg - 1] : undefined;
  const next = seg + 2 < line.length && same(q, b) ? line[seg + 2] : undefined;
  if (prev || next) {
    // The nearest point is a vertex shared by two segments.
    const [s0, v, s1] = prev ? [prev, a, b] : [a, b, next!];
    const sign0 = Math.sign(crossAt(s0, v, centre, k));
    const sign1 = Math.sign(crossAt(v, s1, centre, k));
    sign = sign0 === sign1 || sign1 === 0 ? sign0 : sign0 === 0 ? sign1 : -Math.sign(turnAt(s0, v, s1, k));
  }
  const distanceKm = nearest.properties.pointDistance;
  const onTheLine = distanceKm <= onLine || sign === 0;
  const upstream = flow === 'upstream';
  const drawn: Bank | null = onTheLine ? null : sign > 0 !== upstream ? 'left' : 'right';
  // The general direction over ±span km of this part of the river, in the direction of flow.
  const part = lineString(line);
  const at = nearest.properties.lineDistance;
  const before = along(part, Math.max(0, at - span), { units: 'kilometers' }).geometry.coordinates;
  const after = along(part, at + span, { units: 'kilometers' }).geometry.coordinates;
  const flowBearing = bearingToAzimuth(upstream ? bearing(after, before) : bearing(before, after));
  const uncertain = drawn !== null && distanceKm <= uncertainty;
  const atLineEnd = (seg === 0 && same(q, line[0]!)) || (seg === line.length - 2 && same(q, line[line.length - 1]!));

  return lineString([[...centre], [...q]], {
    side: drawn === null ? (distanceKm <= onLine ? 'on-line' : 'uncertain') : uncertain ? 'uncertain' : drawn,
    drawn_side: drawn,
    possible: drawn === null || uncertain ? ['left', 'right'] : [drawn],
    bank_compass: drawn === null ? null : compassPoint(flowBearing + (drawn === 'left' ? -90 : 90), { points: 8 }),
    flow_bearing: round(flowBearing),
    distance_km: round(distanceKm),
    uncertainty_km: round(uncertainty),
    at_line_end: atLineEnd,
  });
}
