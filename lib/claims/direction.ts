/**
 * Direction claims ("on the city’s southwestern edge"): the arc of bearings the map allows from one
 * place to another, against the stated compass point with its tolerance in degrees.
 */
import { azimuthOf, COMPASS_WORDS } from '../geometry/compass-point';
import { findDirection, type DirectionProperties } from '../geometry/find-direction';
import type { PlaceFeature } from '../types';
import { samePlaceProblems, type ClaimKindRules, type ClaimOfKind, type PlaceLookup } from './claim-kind-rules';
import { judgeOverlap, measuredOutcome, type Judgement } from './verdict';
import { checkedPlace, degreesToTenth, describePosition, formatTenths, radiusWords, roundToThousandths, wholeDegrees } from './wording';

type DirectionClaim = ClaimOfKind<'direction'>;

/** Width of the clockwise arc from bearing `from` to bearing `to`, 0–360. */
const clockwiseWidth = (from: number, to: number) => (((to - from) % 360) + 360) % 360;

/** An arc of bearings, clockwise from `start` over `width` degrees. */
interface BearingArc {
  start: number;
  width: number;
}

/** The arc the map allows; `anyBearing` where the places' precision reaches the start point. */
interface MeasuredArc extends BearingArc {
  anyBearing: boolean;
}

/** The arc the words allow, around the stated compass point's bearing. */
interface StatedArc extends BearingArc {
  centre: number;
}

function possibleArc(drawn: DirectionProperties): MeasuredArc {
  if (drawn.min_bearing === null || drawn.max_bearing === null) return { start: 0, width: 360, anyBearing: true };
  return { start: drawn.min_bearing, width: clockwiseWidth(drawn.min_bearing, drawn.max_bearing), anyBearing: false };
}

function statedArc(claim: DirectionClaim): StatedArc {
  const centre = azimuthOf(claim.stated.compass);
  return { centre, start: (centre - claim.tolerance_deg + 360) % 360, width: Math.min(360, 2 * claim.tolerance_deg) };
}

/** Judges whether the two arcs overlap (wrapping across north), and whether the stated one holds the measured one. */
function judgeArcs(measured: MeasuredArc, stated: StatedArc): Judgement {
  const statedAllRound = stated.width >= 360;
  const overlaps =
    measured.anyBearing ||
    statedAllRound ||
    clockwiseWidth(measured.start, stated.start) <= measured.width ||
    clockwiseWidth(stated.start, measured.start) <= stated.width;
  const within = statedAllRound || (!measured.anyBearing && clockwiseWidth(stated.start, measured.start) + measured.width <= stated.width);
  return judgeOverlap(overlaps, within);
}

/** The arc as the badge gives it, in whole degrees within 0–360 (clockwise, so the second may be the smaller), or null for any bearing. */
function shownArc(measured: MeasuredArc, compassRange: DirectionProperties['compass_range']): [number, number] | null {
  // findDirection gives a compass range exactly where it gives the arc's bearings.
  if (measured.anyBearing || compassRange === null) return null;
  return [Math.round(measured.start) % 360, Math.round(measured.start + measured.width) % 360];
}

/** What the check compares: the bearing as drawn, and the two arcs. */
interface DirectionFigures {
  claim: DirectionClaim;
  from: PlaceFeature;
  to: PlaceFeature;
  drawn: DirectionProperties;
  measured: MeasuredArc;
  stated: StatedArc;
  judgement: Judgement;
}

/** The method lines: how it was measured, the bearing as drawn and with precision, how the words are read, the verdict. */
function directionMethod({ claim, from, to, drawn, measured, stated, judgement }: DirectionFigures): string[] {
  const precision = measured.anyBearing
    ? `The places’ precision (±${radiusWords(drawn.uncertainty_km)} together) reaches the start point, so any bearing is possible.`
    : `Allowing for the places’ precision (±${radiusWords(drawn.uncertainty_km)} together, seen from ${formatTenths(drawn.distance_km)} km): ±${Math.round(drawn.half_width_deg)}°, so ${wholeDegrees(measured.start)}–${wholeDegrees(measured.start + measured.width)}.`;
  const gapDegrees = Math.min(
    clockwiseWidth(measured.start + measured.width, stated.start),
    clockwiseWidth(stated.start + stated.width, measured.start),
  );
  const gap = judgement.verdict === 'inconsistent' ? ` The two arcs are ${degreesToTenth(gapDegrees)} apart.` : '';
  return [
    `Measured with findDirection (lib/geometry/find-direction.ts): the bearing from ${describePosition(from)} to ${describePosition(to)}.`,
    `As drawn: ${wholeDegrees(drawn.bearing)} (${drawn.compass}, ${COMPASS_WORDS[drawn.compass]}), ${formatTenths(drawn.distance_km)} km away. ${precision}`,
    `The words ‘${claim.stated.words}’ are read as ${claim.stated.compass} (${degreesToTenth(stated.centre)}) ± ${degreesToTenth(claim.tolerance_deg)}: ${degreesToTenth(stated.start)}–${degreesToTenth(stated.start + stated.width)}.${gap}`,
  ];
}

/** Checks a direction claim: consistent where the bearings the map allows and the words allow overlap. */
function evaluateDirection(claim: DirectionClaim, placeById: PlaceLookup) {
  const from = placeById(claim.from);
  const to = placeById(claim.to);
  const drawn = findDirection(from, to, { points: 16 }).properties;
  const measured = possibleArc(drawn);
  const stated = statedArc(claim);
  const judgement = judgeArcs(measured, stated);
  const arc = shownArc(measured, drawn.compass_range);
  return measuredOutcome({
    ...judgement,
    finding: {
      kind: 'direction',
      words: claim.stated.words,
      from: checkedPlace(from),
      to: checkedPlace(to),
      bearings: arc,
      compass: arc && drawn.compass_range,
    },
    method: directionMethod({ claim, from, to, drawn, measured, stated, judgement }),
    measurement: {
      function: 'findDirection',
      unit: 'deg',
      value: roundToThousandths(drawn.bearing),
      range: measured.anyBearing ? [0, 360] : [roundToThousandths(measured.start), roundToThousandths((measured.start + measured.width) % 360)],
      band: [roundToThousandths(stated.start), roundToThousandths((stated.start + stated.width) % 360)],
      miles: null,
      parts: [],
    },
  });
}

/** The rules for direction claims (lib/claims.ts). */
export const directionRules: ClaimKindRules<'direction'> = {
  placesOf: (claim) => [claim.from, claim.to],
  inputProblems: (claim) => samePlaceProblems([claim.from, claim.to], 'from and to'),
  evaluate: evaluateDirection,
};
