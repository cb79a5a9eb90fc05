/**
 * Checks the reporting's geographic claims (geo/claims.json) against the map's own geometry, with
 * the functions in lib/geometry/. Pure; run by the validator (lib/validate.ts), so `npm run build`
 * computes every verdict once and the pages and API only read them.
 *
 * A claim is consistent when what its words allow (the stated value with its tolerance) and what
 * the map allows (the measured value widened by the places' precision) overlap; inconsistent when
 * they do not. See docs/methodology.md.
 */
import { azimuthOf, COMPASS_WORDS, type CompassPoint } from './geometry/compass-point';
import { findDirection } from './geometry/find-direction';
import { findRiverSide, type RiverSideProperties } from './geometry/find-river-side';
import { locateBetween } from './geometry/locate-between';
import { locateInPolygon } from './geometry/locate-in-polygon';
import { measureDistance } from './geometry/measure-distance';
import { positionOf } from './geometry/position-of';
import type { Claim, Length } from './schemas';
import type { ClaimMeasurement, ClaimView, PlaceFeature } from './types';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** The checked places, by id (GeoData['places']). */
export type ClaimPlaces = ReadonlyMap<string, { feature: PlaceFeature }>;

export const KM_PER_MILE = 1.609344;
const KM_PER: Record<Length['unit'], number> = { m: 0.001, km: 1, mi: KM_PER_MILE };
const toKm = (l: Length) => l.value * KM_PER[l.unit];

/** Every place a claim names. */
export function claimPlaces(claim: Claim): string[] {
  switch (claim.kind) {
    case 'distance':
    case 'direction':
      return [claim.from, claim.to];
    case 'river-side':
      return [claim.river, ...claim.places];
    case 'containment':
      return [claim.subject, claim.container];
    case 'relative-position':
      return [...claim.subjects, ...claim.between];
    case 'not-checkable':
      return [...claim.places];
  }
}

/**
 * What makes a claim impossible to evaluate, in plain words: a river that is not a line, a
 * container that is not a polygon, a place compared with itself. Unknown ids are the validator's.
 */
export function claimInputProblems(claim: Claim, places: ClaimPlaces): string[] {
  const out: string[] = [];
  const type = (id: string) => places.get(id)?.feature.geometry.type;
  const distinct = (ids: string[], what: string) => {
    if (new Set(ids).size !== ids.length) out.push(`${what} must be different places`);
  };
  switch (claim.kind) {
    case 'distance':
    case 'direction':
      distinct([claim.from, claim.to], 'from and to');
      break;
    case 'river-side': {
      const t = type(claim.river);
      if (t && t !== 'LineString' && t !== 'MultiLineString') out.push(`river "${claim.river}" is a ${t}; a river-side claim needs a LineString or MultiLineString`);
      distinct([claim.river, ...claim.places], 'the river and the two places');
      break;
    }
    case 'containment': {
      const t = type(claim.container);
      if (t && t !== 'Polygon' && t !== 'MultiPolygon') out.push(`container "${claim.container}" is a ${t}; a containment claim needs a Polygon or MultiPolygon`);
      distinct([claim.subject, claim.container], 'subject and container');
      break;
    }
    case 'relative-position':
      distinct([...claim.subjects, ...claim.between], 'the subjects and the two ends');
      break;
    case 'not-checkable':
      break;
  }
  return out;
}

// ---- words and numbers -------------------------------------------------------------------------

const r3 = (n: number) => Math.round(n * 1000) / 1000;
const f1 = (n: number) => (Math.abs(n) < 0.05 ? 0 : n).toFixed(1);
const deg = (n: number) => `${Math.round(n) % 360}°`;
/** Degrees to a tenth where that matters (202.5°), else whole. */
const deg1 = (n: number) => `${Number((((n % 360) + 360) % 360).toFixed(1))}°`;
const possessive = (name: string) => `${name}’s`;
function range1([a, b]: [number, number], unit: string): string {
  return f1(a) === f1(b) ? `${f1(a)} ${unit}` : `${f1(a)}–${f1(b)} ${unit}`;
}
function radiusWords(km: number): string {
  return km >= 1 ? `${Number(km.toFixed(1))} km` : `${Math.round(km * 1000)} m`;
}
function lengthWords(l: Length): string {
  return `${l.value} ${l.unit}`;
}

/** "exact" or "approximate, ±2 km". */
function precisionWords(feature: PlaceFeature): string {
  const p = feature.properties.precision;
  return p.type === 'approximate' ? `approximate, ±${radiusWords(p.radius_m / 1000)}` : 'exact';
}

/** "Lysychansk oil refinery’s point [38.36, 48.92] (approximate, ±2 km)". */
function describePosition(feature: PlaceFeature): string {
  const p = positionOf(feature);
  const where = p.centre_from === 'label_point' ? 'label point' : p.centre_from === 'point' ? 'point' : 'centre of mass';
  return `${possessive(feature.properties.name)} ${where} [${p.centre.map((n) => Number(n.toFixed(6))).join(', ')}] (${precisionWords(feature)})`;
}

interface Judged {
  verdict: 'consistent' | 'inconsistent';
  agreement: 'whole-range' | 'part-of-range' | null;
}

function judge(overlaps: boolean, within: boolean): Judged {
  return overlaps ? { verdict: 'consistent', agreement: within ? 'whole-range' : 'part-of-range' } : { verdict: 'inconsistent', agreement: null };
}

function verdictLine(j: Judged): string {
  if (j.verdict === 'inconsistent') return 'Verdict: inconsistent. Nothing the map’s precision allows agrees with what the words allow.';
  return j.agreement === 'whole-range'
    ? 'Verdict: consistent. Everything the map’s precision allows agrees with what the words allow.'
    : 'Verdict: consistent. Part of what the map’s precision allows agrees with what the words allow; the rest does not, so the map cannot rule the claim out.';
}

interface Checked extends Judged {
  /** The measured figures, for the badge line. */
  measured: string;
  /** The words the verdict refers to. */
  words: string;
  method: string[];
  measurement: ClaimMeasurement;
}

type Feat = (id: string) => PlaceFeature;

// ---- the five kinds ----------------------------------------------------------------------------

function checkDistance(claim: Extract<Claim, { kind: 'distance' }>, feature: Feat): Checked {
  const from = feature(claim.from);
  const to = feature(claim.to);
  const r = measureDistance(from, to, { between: claim.between }).properties;
  const v = toKm(claim.stated);
  const t = toKm(claim.tolerance);
  const band: [number, number] = [Math.max(0, v - t), v + t];
  const range: [number, number] = [r.min_km, r.max_km];
  const j = judge(range[0] <= band[1] && range[1] >= band[0], range[0] >= band[0] && range[1] <= band[1]);
  const miles = claim.stated.unit === 'mi';
  const mi = (n: number) => n / KM_PER_MILE;
  const miRange = (x: [number, number]): [number, number] => [mi(x[0]), mi(x[1])];
  const inMiles = (x: [number, number]) => (miles ? ` (${range1(miRange(x), 'mi')})` : '');
  const origin = claim.between === 'centres' ? `from ${possessive(from.properties.name)} centre` : `from the edge of ${from.properties.name}`;
  const statedBand: [number, number] = [band[0] / KM_PER[claim.stated.unit], band[1] / KM_PER[claim.stated.unit]];
  const gap = j.verdict === 'inconsistent' ? ` The two ranges are ${f1(range[0] > band[1] ? range[0] - band[1] : band[0] - range[1])} km apart.` : '';
  return {
    ...j,
    words: claim.stated.words,
    measured: `${to.properties.name} ${range1(range, 'km')}${inMiles(range)} ${origin}`,
    method: [
      claim.between === 'centres'
        ? `Measured with measureDistance (lib/geometry/measure-distance.ts), centre to centre: from ${describePosition(from)} to ${describePosition(to)}.`
        : `Measured with measureDistance (lib/geometry/measure-distance.ts), between the nearest edges: from the outline of ${from.properties.name} (${precisionWords(from)}) to the outline of ${to.properties.name} (${precisionWords(to)}).`,
      `As drawn: ${f1(r.distance_km)} km${miles ? ` (${f1(mi(r.distance_km))} mi)` : ''}. Allowing for both places’ precision (±${radiusWords(r.uncertainty_km)} together): ${range1(range, 'km')}${inMiles(range)}.`,
      `The words ‘${claim.stated.words}’ are read as ${t === 0 ? `exactly ${lengthWords(claim.stated)}` : `${lengthWords(claim.stated)} ± ${lengthWords(claim.tolerance)}: ${range1(statedBand, claim.stated.unit)}`}${claim.stated.unit === 'km' ? '' : ` (${range1(band, 'km')})`}.${gap}`,
      verdictLine(j),
    ],
    measurement: {
      function: 'measureDistance',
      unit: 'km',
      value: r3(r.distance_km),
      range: [r3(range[0]), r3(range[1])],
      band: [r3(band[0]), r3(band[1])],
      miles: miles ? { value: r3(mi(r.distance_km)), range: [r3(mi(range[0])), r3(mi(range[1]))], band: [r3(mi(band[0])), r3(mi(band[1]))] } : null,
      parts: [],
    },
  };
}

/** Width of the clockwise arc from `a` to `b`, 0–360. */
const clockwise = (a: number, b: number) => (((b - a) % 360) + 360) % 360;

function checkDirection(claim: Extract<Claim, { kind: 'direction' }>, feature: Feat): Checked {
  const from = feature(claim.from);
  const to = feature(claim.to);
  const r = findDirection(from, to, { points: 16 }).properties;
  const centre = azimuthOf(claim.stated.compass as CompassPoint);
  const bandStart = (centre - claim.tolerance_deg + 360) % 360;
  const bandWidth = Math.min(360, 2 * claim.tolerance_deg);
  const any = r.min_bearing === null || r.max_bearing === null;
  const start = any ? 0 : r.min_bearing!;
  const width = any ? 360 : clockwise(r.min_bearing!, r.max_bearing!);
  const overlaps = any || bandWidth >= 360 || clockwise(start, bandStart) <= width || clockwise(bandStart, start) <= bandWidth;
  const within = bandWidth >= 360 || (!any && clockwise(bandStart, start) + width <= bandWidth);
  const j = judge(overlaps, within);
  const gap = j.verdict === 'inconsistent' ? ` The two arcs are ${deg1(Math.min(clockwise(start + width, bandStart), clockwise(bandStart + bandWidth, start)))} apart.` : '';
  const measuredArc = any ? 'any bearing' : `bearing ${deg(start)}–${deg(start + width)} (${r.compass_range![0]} to ${r.compass_range![1]})`;
  return {
    ...j,
    words: claim.stated.words,
    measured: `${to.properties.name} at ${measuredArc} from ${possessive(from.properties.name)} centre`,
    method: [
      `Measured with findDirection (lib/geometry/find-direction.ts): the bearing from ${describePosition(from)} to ${describePosition(to)}.`,
      `As drawn: ${deg(r.bearing)} (${r.compass}, ${COMPASS_WORDS[r.compass]}), ${f1(r.distance_km)} km away. ${
        any
          ? `The places’ precision (±${radiusWords(r.uncertainty_km)} together) reaches the start point, so any bearing is possible.`
          : `Allowing for the places’ precision (±${radiusWords(r.uncertainty_km)} together, seen from ${f1(r.distance_km)} km): ±${Math.round(r.half_width_deg)}°, so ${deg(start)}–${deg(start + width)}.`
      }`,
      `The words ‘${claim.stated.words}’ are read as ${claim.stated.compass} (${deg1(centre)}) ± ${deg1(claim.tolerance_deg)}: ${deg1(bandStart)}–${deg1(bandStart + bandWidth)}.${gap}`,
      verdictLine(j),
    ],
    measurement: {
      function: 'findDirection',
      unit: 'deg',
      value: r3(r.bearing),
      range: any ? [0, 360] : [r3(start), r3((start + width) % 360)],
      band: [r3(bandStart), r3((bandStart + bandWidth) % 360)],
      miles: null,
      parts: [],
    },
  };
}

function bankWords(r: RiverSideProperties): string {
  const named = (side: 'left' | 'right') => `the ${side} bank${r.bank_compass ? ` (${COMPASS_WORDS[r.bank_compass]})` : ''}`;
  if (r.side === 'left' || r.side === 'right') return `on ${named(r.side)}`;
  if (r.side === 'on-line') return 'on the river line itself';
  return r.drawn_side ? `on either bank (drawn on ${named(r.drawn_side)}, within the precision of the river)` : 'on either bank';
}

function checkRiverSide(claim: Extract<Claim, { kind: 'river-side' }>, feature: Feat): Checked {
  const river = feature(claim.river) as PlaceFeature & { geometry: LineString | MultiLineString };
  const sides = claim.places.map((id) => ({ id, f: feature(id), r: findRiverSide(feature(id), river).properties }));
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const opposite = claim.stated.relation === 'opposite-banks';
  const agrees = (sa: string, sb: string) => (opposite ? sa !== sb : sa === sb);
  const overlaps = a.r.possible.some((sa) => b.r.possible.some((sb) => agrees(sa, sb)));
  const within = a.r.possible.length === 1 && b.r.possible.length === 1 && agrees(a.r.possible[0]!, b.r.possible[0]!);
  const j = judge(overlaps, within);
  const riverName = river.properties.name;
  return {
    ...j,
    words: claim.stated.words,
    measured: `${a.f.properties.name} ${bankWords(a.r)}, ${b.f.properties.name} ${bankWords(b.r)} of the ${riverName.replace(/ river$/, '')}`,
    method: [
      `Measured with findRiverSide (lib/geometry/find-river-side.ts) for each place’s centre against the ${riverName}, drawn as a line that runs downstream (${precisionWords(river)}); left and right are as seen looking downstream.`,
      ...sides.map(
        (s) =>
          `${describePosition(s.f)}: ${f1(s.r.distance_km)} km from the river line, ${bankWords(s.r)}${s.r.side === 'uncertain' ? `, because the place’s and the river’s precision together (±${radiusWords(s.r.uncertainty_km)}) reach the line` : ''}.`,
      ),
      `The words ‘${claim.stated.words}’ are read as: the two places on ${opposite ? 'opposite banks' : 'the same bank'}.`,
      verdictLine(j),
    ],
    measurement: {
      function: 'findRiverSide',
      unit: null,
      value: null,
      range: null,
      band: null,
      miles: null,
      parts: sides.map((s) => ({
        place: s.id,
        result: s.r.side,
        value: r3(s.r.distance_km),
        range: null,
        consistent: s.r.possible.some((side) => (s === a ? b : a).r.possible.some((other) => agrees(side, other))),
      })),
    },
  };
}

/** "1.5 km inside" / "0.9 km outside" / "on the edge" for a signed distance to an edge. */
function edgeWords(km: number): string {
  return f1(km) === '0.0' ? 'on the edge' : km < 0 ? `${f1(-km)} km inside` : `${f1(km)} km outside`;
}

/** A signed range in words: "11.9–15.9 km inside", "1.1 km inside to 2.9 km outside". */
function edgeRangeWords(min: number, max: number): string {
  if (max < 0 && f1(max) !== '0.0') return `${range1([-max, -min], 'km')} inside`;
  if (min > 0 && f1(min) !== '0.0') return `${range1([min, max], 'km')} outside`;
  return `${edgeWords(min)} to ${edgeWords(max)}`;
}

function checkContainment(claim: Extract<Claim, { kind: 'containment' }>, feature: Feat): Checked {
  const subject = feature(claim.subject);
  const container = feature(claim.container) as PlaceFeature & { geometry: Polygon | MultiPolygon };
  const r = locateInPolygon(subject, container).properties;
  const t = toKm(claim.tolerance);
  const inside = claim.stated.relation === 'inside';
  const overlaps = inside ? r.min_km <= t : r.min_km <= t && r.max_km >= -t;
  const within = inside ? r.max_km <= t : r.min_km >= -t && r.max_km <= t;
  const j = judge(overlaps, within);
  const name = container.properties.name;
  const where =
    r.relation === 'on-edge'
      ? `on the edge of ${name}`
      : r.relation === 'inside'
        ? `inside ${name}, ${f1(-r.edge_distance_km)} km from its edge`
        : `${f1(r.edge_distance_km)} km outside ${name}`;
  const span = f1(r.min_km) === f1(r.max_km) ? '' : ` (with precision: ${edgeRangeWords(r.min_km, r.max_km)})`;
  return {
    ...j,
    words: claim.stated.words,
    measured: `${subject.properties.name} ${where}${span}`,
    method: [
      `Measured with locateInPolygon (lib/geometry/locate-in-polygon.ts): where ${describePosition(subject)} lies relative to the outline of ${name} (${precisionWords(container)}).`,
      `As drawn: ${where}. Allowing for both precisions (±${radiusWords(r.uncertainty_km)} together): ${edgeRangeWords(r.min_km, r.max_km)} the edge.`,
      `The words ‘${claim.stated.words}’ are read as: ${inside ? (t === 0 ? `inside ${name}` : `inside ${name}, or at most ${lengthWords(claim.tolerance)} outside its edge`) : `within ${lengthWords(claim.tolerance)} of the edge of ${name}, on either side`}.`,
      verdictLine(j),
    ],
    measurement: {
      function: 'locateInPolygon',
      unit: 'km',
      value: r3(r.edge_distance_km),
      range: [r3(r.min_km), r3(r.max_km)],
      band: inside ? [null, r3(t)] : [r3(-t), r3(t)],
      miles: null,
      parts: [],
    },
  };
}

function checkRelativePosition(claim: Extract<Claim, { kind: 'relative-position' }>, feature: Feat): Checked {
  const [a, b] = claim.between.map(feature) as [PlaceFeature, PlaceFeature];
  const t = toKm(claim.tolerance);
  const results = claim.subjects.map((id) => {
    const r = locateBetween(feature(id), a, b).properties;
    const consistent = r.min_km <= t && r.max_along > 0 && r.min_along < 1;
    const within = r.max_km <= t && r.min_along >= 0 && r.max_along <= 1;
    return { id, f: feature(id), r, consistent, within };
  });
  const best = [...results].sort((x, y) => Number(y.within) - Number(x.within) || Number(y.consistent) - Number(x.consistent) || x.r.offset_km - y.r.offset_km)[0]!;
  const j = judge(best.consistent, best.within);
  const line = `the straight line between ${possessive(a.properties.name)} and ${possessive(b.properties.name)} centres`;
  const describe = (x: (typeof results)[0]) =>
    `${f1(x.r.offset_km)} km off the line (${range1([x.r.min_km, x.r.max_km], 'km')} with precision), ${x.r.along <= 0 || x.r.along >= 1 ? 'beyond its end' : `${Math.round(x.r.along * 100)}% of the way along it`}`;
  return {
    ...j,
    words: claim.stated.words,
    measured: `${best.f.properties.name} ${f1(best.r.offset_km)} km off ${line} (with precision: ${range1([best.r.min_km, best.r.max_km], 'km')})`,
    method: [
      `Measured with locateBetween (lib/geometry/locate-between.ts): how far each of ${results.map((x) => x.f.properties.name).join(', ')} lies from ${line} (${describePosition(a)}; ${describePosition(b)}).`,
      ...results.map((x) => `${describePosition(x.f)}: ${describe(x)}.`),
      `The words ‘${claim.stated.words}’ are read as: ${results.length > 1 ? 'at least one of them' : 'the place'} within ${lengthWords(claim.tolerance)} of that line, and not beyond either end.`,
      verdictLine(j),
    ],
    measurement: {
      function: 'locateBetween',
      unit: 'km',
      value: r3(best.r.offset_km),
      range: [r3(best.r.min_km), r3(best.r.max_km)],
      band: [0, r3(t)],
      miles: null,
      parts: results.map((x) => ({ place: x.id, result: describe(x), value: r3(x.r.offset_km), range: [r3(x.r.min_km), r3(x.r.max_km)], consistent: x.consistent })),
    },
  };
}

// ---- evaluation --------------------------------------------------------------------------------

/**
 * Checks one claim against the places' geometry.
 * @param claim a claim from geo/claims.json, already schema-checked, whose places all exist
 * @param places the checked places
 * @returns the claim with its verdict, the measured figures and how they were measured
 * @throws Error in plain words where an input cannot be measured (see claimInputProblems)
 */
export function evaluateClaim(claim: Claim, places: ClaimPlaces): ClaimView {
  const feature: Feat = (id) => {
    const entry = places.get(id);
    if (!entry) throw new Error(`unknown place "${id}"`);
    return entry.feature;
  };
  const base = { id: claim.id, report: claim.report, kind: claim.kind, text: claim.text, places: claimPlaces(claim), note: claim.note };
  if (claim.kind === 'not-checkable') {
    return {
      ...base,
      verdict: 'not-checkable',
      agreement: null,
      summary: `Map check: not checkable. ${claim.reason.split(/(?<=\.)\s/)[0]}`,
      method: [claim.reason],
      reason: claim.reason,
      measurement: null,
    };
  }
  const checked =
    claim.kind === 'distance'
      ? checkDistance(claim, feature)
      : claim.kind === 'direction'
        ? checkDirection(claim, feature)
        : claim.kind === 'river-side'
          ? checkRiverSide(claim, feature)
          : claim.kind === 'containment'
            ? checkContainment(claim, feature)
            : checkRelativePosition(claim, feature);
  return {
    ...base,
    verdict: checked.verdict,
    agreement: checked.agreement,
    summary: `Map check: ${checked.measured} — ${checked.verdict} with ‘${checked.words}’`,
    method: checked.method,
    reason: null,
    measurement: checked.measurement,
  };
}

/** The checked claims a report makes, in file order. */
export function claimsOfReport(reportId: string, claims: readonly ClaimView[]): ClaimView[] {
  return claims.filter((c) => c.report === reportId);
}
