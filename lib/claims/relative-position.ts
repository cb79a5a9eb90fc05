/**
 * Relative-position claims ("a bridge between the twin cities"): how far each candidate place lies
 * from the straight line between two others, and whether beyond its ends; one fitting is enough.
 */
import { locateBetween, type BetweenProperties } from '../geometry/locate-between';
import type { PlaceFeature } from '../types';
import { samePlaceProblems, type ClaimKindRules, type ClaimOfKind, type PlaceLookup } from './claim-kind-rules';
import { lengthInKm } from './lengths';
import { judgeOverlap, measuredOutcome } from './verdict';
import {
  checkedPlace,
  describePosition,
  formatTenths,
  lengthWords,
  possessive,
  rangeToTenths,
  rangeWords,
  roundToThousandths,
  toTenths,
} from './wording';

type RelativePositionClaim = ClaimOfKind<'relative-position'>;

/** One candidate's position against the line, and how it fares against the tolerance. */
interface Candidate {
  id: string;
  feature: PlaceFeature;
  located: BetweenProperties;
  /** Some position its precision allows is within the tolerance and not beyond an end. */
  consistent: boolean;
  /** Every position its precision allows is. */
  within: boolean;
}

function locateCandidate(id: string, ends: [PlaceFeature, PlaceFeature], toleranceKm: number, placeById: PlaceLookup): Candidate {
  const located = locateBetween(placeById(id), ends[0], ends[1]).properties;
  const consistent = located.min_km <= toleranceKm && located.max_along > 0 && located.min_along < 1;
  const within = located.max_km <= toleranceKm && located.min_along >= 0 && located.max_along <= 1;
  return { id, feature: placeById(id), located, consistent, within };
}

/** The candidate that fits best: wholly within, else possibly consistent, else closest to the line. */
function bestCandidate(candidates: readonly Candidate[]): Candidate {
  const ranked = [...candidates].sort(
    (x, y) => Number(y.within) - Number(x.within) || Number(y.consistent) - Number(x.consistent) || x.located.offset_km - y.located.offset_km,
  );
  // The schema requires at least one subject.
  return ranked[0]!;
}

/** "0.3 km off the line (0.0–1.3 km with precision), 48% of the way along it". */
function candidateWords({ located }: Candidate): string {
  const along = located.along <= 0 || located.along >= 1 ? 'beyond its end' : `${Math.round(located.along * 100)}% of the way along it`;
  return `${formatTenths(located.offset_km)} km off the line (${rangeWords([located.min_km, located.max_km], 'km')} with precision), ${along}`;
}

/** Checks a relative-position claim: judged by the best-fitting of its subjects. */
function evaluateRelativePosition(claim: RelativePositionClaim, placeById: PlaceLookup) {
  const ends = claim.between.map(placeById) as [PlaceFeature, PlaceFeature];
  const toleranceKm = lengthInKm(claim.tolerance);
  const candidates = claim.subjects.map((id) => locateCandidate(id, ends, toleranceKm, placeById));
  const best = bestCandidate(candidates);
  const judgement = judgeOverlap(best.consistent, best.within);
  const line = `the straight line between ${possessive(ends[0].properties.name)} and ${possessive(ends[1].properties.name)} centres`;
  const candidateNames = candidates.map((candidate) => candidate.feature.properties.name).join(', ');
  return measuredOutcome({
    ...judgement,
    finding: {
      kind: 'relative-position',
      words: claim.stated.words,
      subject: checkedPlace(best.feature),
      ends: [checkedPlace(ends[0]), checkedPlace(ends[1])],
      offset_km: toTenths(best.located.offset_km),
      range_km: rangeToTenths([best.located.min_km, best.located.max_km]),
    },
    method: [
      `Measured with locateBetween (lib/geometry/locate-between.ts): how far each of ${candidateNames} lies from ${line} (${describePosition(ends[0])}; ${describePosition(ends[1])}).`,
      ...candidates.map((candidate) => `${describePosition(candidate.feature)}: ${candidateWords(candidate)}.`),
      `The words ‘${claim.stated.words}’ are read as: ${candidates.length > 1 ? 'at least one of them' : 'the place'} within ${lengthWords(claim.tolerance)} of that line, and not beyond either end.`,
    ],
    measurement: {
      function: 'locateBetween',
      unit: 'km',
      value: roundToThousandths(best.located.offset_km),
      range: [roundToThousandths(best.located.min_km), roundToThousandths(best.located.max_km)],
      band: [0, roundToThousandths(toleranceKm)],
      miles: null,
      parts: candidates.map((candidate) => ({
        place: candidate.id,
        result: candidateWords(candidate),
        value: roundToThousandths(candidate.located.offset_km),
        range: [roundToThousandths(candidate.located.min_km), roundToThousandths(candidate.located.max_km)],
        consistent: candidate.consistent,
      })),
    },
  });
}

/** The rules for relative-position claims (lib/claims.ts). */
export const relativePositionRules: ClaimKindRules<'relative-position'> = {
  placesOf: (claim) => [...claim.subjects, ...claim.between],
  inputProblems: (claim) => samePlaceProblems([...claim.subjects, ...claim.between], 'the subjects and the two ends'),
  evaluate: evaluateRelativePosition,
};
