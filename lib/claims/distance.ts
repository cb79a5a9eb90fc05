/**
 * Distance claims ("only six miles from the city’s heart"): the distance the map allows between two
 * places, against the stated length with its tolerance.
 */
import { measureDistance, type DistanceProperties } from '../geometry/measure-distance';
import type { PlaceFeature } from '../types';
import { samePlaceProblems, type ClaimKindRules, type ClaimOfKind, type PlaceLookup } from './claim-kind-rules';
import { KM_PER_MILE, KM_PER_UNIT, lengthInKm } from './lengths';
import { judgeOverlap, measuredOutcome, type Judgement } from './verdict';
import {
  checkedPlace,
  describePosition,
  formatTenths,
  lengthWords,
  precisionWords,
  radiusWords,
  rangeToTenths,
  rangeWords,
  roundRangeToThousandths,
  roundToThousandths,
} from './wording';

type DistanceClaim = ClaimOfKind<'distance'>;
type KmRange = [number, number];

const kmToMiles = (km: number) => km / KM_PER_MILE;
const rangeInMiles = ([low, high]: KmRange): KmRange => [kmToMiles(low), kmToMiles(high)];

/** What the check compares, in km: the stated band and the range the places' precision allows. */
interface DistanceFigures {
  claim: DistanceClaim;
  from: PlaceFeature;
  to: PlaceFeature;
  drawn: DistanceProperties;
  statedBand: KmRange;
  measuredRange: KmRange;
  toleranceKm: number;
  judgement: Judgement;
}

/** The method lines: how it was measured, the figures as drawn and with precision, how the words are read, the verdict. */
function distanceMethod({ claim, from, to, drawn, statedBand, measuredRange, toleranceKm, judgement }: DistanceFigures): string[] {
  const givenInMiles = claim.stated.unit === 'mi';
  const alsoInMiles = (range: KmRange) => (givenInMiles ? ` (${rangeWords(rangeInMiles(range), 'mi')})` : '');
  const bandInStatedUnit: KmRange = [statedBand[0] / KM_PER_UNIT[claim.stated.unit], statedBand[1] / KM_PER_UNIT[claim.stated.unit]];
  const measuredHow =
    claim.between === 'centres'
      ? `centre to centre: from ${describePosition(from)} to ${describePosition(to)}.`
      : `between the nearest edges: from the outline of ${from.properties.name} (${precisionWords(from)}) to the outline of ${to.properties.name} (${precisionWords(to)}).`;
  const readAs =
    toleranceKm === 0
      ? `exactly ${lengthWords(claim.stated)}`
      : `${lengthWords(claim.stated)} ± ${lengthWords(claim.tolerance)}: ${rangeWords(bandInStatedUnit, claim.stated.unit)}`;
  const gapKm = measuredRange[0] > statedBand[1] ? measuredRange[0] - statedBand[1] : statedBand[0] - measuredRange[1];
  const gap = judgement.verdict === 'inconsistent' ? ` The two ranges are ${formatTenths(gapKm)} km apart.` : '';
  return [
    `Measured with measureDistance (lib/geometry/measure-distance.ts), ${measuredHow}`,
    `As drawn: ${formatTenths(drawn.distance_km)} km${givenInMiles ? ` (${formatTenths(kmToMiles(drawn.distance_km))} mi)` : ''}. Allowing for both places’ precision (±${radiusWords(drawn.uncertainty_km)} together): ${rangeWords(measuredRange, 'km')}${alsoInMiles(measuredRange)}.`,
    `The words ‘${claim.stated.words}’ are read as ${readAs}${claim.stated.unit === 'km' ? '' : ` (${rangeWords(statedBand, 'km')})`}.${gap}`,
  ];
}

/** Checks a distance claim: consistent where the stated band and the measured range overlap. */
function evaluateDistance(claim: DistanceClaim, placeById: PlaceLookup) {
  const from = placeById(claim.from);
  const to = placeById(claim.to);
  const drawn = measureDistance(from, to, { between: claim.between }).properties;
  const statedKm = lengthInKm(claim.stated);
  const toleranceKm = lengthInKm(claim.tolerance);
  const statedBand: KmRange = [Math.max(0, statedKm - toleranceKm), statedKm + toleranceKm];
  const measuredRange: KmRange = [drawn.min_km, drawn.max_km];
  const overlaps = measuredRange[0] <= statedBand[1] && measuredRange[1] >= statedBand[0];
  const within = measuredRange[0] >= statedBand[0] && measuredRange[1] <= statedBand[1];
  const judgement = judgeOverlap(overlaps, within);
  const givenInMiles = claim.stated.unit === 'mi';
  return measuredOutcome({
    ...judgement,
    finding: {
      kind: 'distance',
      words: claim.stated.words,
      from: checkedPlace(from),
      to: checkedPlace(to),
      between: claim.between,
      km: rangeToTenths(measuredRange),
      miles: givenInMiles ? rangeToTenths(rangeInMiles(measuredRange)) : null,
    },
    method: distanceMethod({ claim, from, to, drawn, statedBand, measuredRange, toleranceKm, judgement }),
    measurement: {
      function: 'measureDistance',
      unit: 'km',
      value: roundToThousandths(drawn.distance_km),
      range: roundRangeToThousandths(measuredRange),
      band: roundRangeToThousandths(statedBand),
      miles: givenInMiles
        ? {
            value: roundToThousandths(kmToMiles(drawn.distance_km)),
            range: roundRangeToThousandths(rangeInMiles(measuredRange)),
            band: roundRangeToThousandths(rangeInMiles(statedBand)),
          }
        : null,
      parts: [],
    },
  });
}

/** The rules for distance claims (lib/claims.ts). */
export const distanceRules: ClaimKindRules<'distance'> = {
  placesOf: (claim) => [claim.from, claim.to],
  inputProblems: (claim) => samePlaceProblems([claim.from, claim.to], 'from and to'),
  evaluate: evaluateDistance,
};
