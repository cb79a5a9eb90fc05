/**
 * Containment claims ("in Severodonetsk", "on the city’s edge"): how far inside or outside a
 * polygon's edge a place may be, against the stated relation with its tolerance.
 */
import { locateInPolygon, type PolygonLocationProperties } from '../geometry/locate-in-polygon';
import type { PlaceFeature } from '../types';
import type { MultiPolygon, Polygon } from 'geojson';
import { samePlaceProblems, type ClaimKindRules, type ClaimOfKind, type PlaceLookup } from './claim-kind-rules';
import { lengthInKm } from './lengths';
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
  roundToThousandths,
  toTenths,
} from './wording';

type ContainmentClaim = ClaimOfKind<'containment'>;
type ContainerFeature = PlaceFeature & { geometry: Polygon | MultiPolygon };

/** "1.5 km inside" / "0.9 km outside" / "on the edge" for a signed distance to an edge (negative inside). */
function edgeWords(km: number): string {
  if (formatTenths(km) === '0.0') return 'on the edge';
  return km < 0 ? `${formatTenths(-km)} km inside` : `${formatTenths(km)} km outside`;
}

/** A signed range in words: "11.9–15.9 km inside", "1.1 km inside to 2.9 km outside". */
function edgeRangeWords(min: number, max: number): string {
  if (max < 0 && formatTenths(max) !== '0.0') return `${rangeWords([-max, -min], 'km')} inside`;
  if (min > 0 && formatTenths(min) !== '0.0') return `${rangeWords([min, max], 'km')} outside`;
  return `${edgeWords(min)} to ${edgeWords(max)}`;
}

/**
 * Signed distances to the edge are negative inside. `inside` allows anything up to the tolerance
 * outside the edge; `on-edge` allows the tolerance either side of it.
 */
function judgeContainment(located: PolygonLocationProperties, inside: boolean, toleranceKm: number): Judgement {
  const overlaps = inside ? located.min_km <= toleranceKm : located.min_km <= toleranceKm && located.max_km >= -toleranceKm;
  const within = inside ? located.max_km <= toleranceKm : located.min_km >= -toleranceKm && located.max_km <= toleranceKm;
  return judgeOverlap(overlaps, within);
}

/** "on the edge of X", "inside X, 1.5 km from its edge" or "0.9 km outside X", as drawn. */
function drawnWhereWords(located: PolygonLocationProperties, containerName: string): string {
  if (located.relation === 'on-edge') return `on the edge of ${containerName}`;
  if (located.relation === 'inside') return `inside ${containerName}, ${formatTenths(-located.edge_distance_km)} km from its edge`;
  return `${formatTenths(located.edge_distance_km)} km outside ${containerName}`;
}

/** How the words are read: "inside X", "inside X, or at most 1 km outside its edge", "within 1 km of the edge of X, on either side". */
function readingWords(claim: ContainmentClaim, containerName: string, toleranceKm: number): string {
  if (claim.stated.relation !== 'inside') return `within ${lengthWords(claim.tolerance)} of the edge of ${containerName}, on either side`;
  return toleranceKm === 0 ? `inside ${containerName}` : `inside ${containerName}, or at most ${lengthWords(claim.tolerance)} outside its edge`;
}

/** Checks a containment claim: consistent where the signed distances the map allows meet the words' band. */
function evaluateContainment(claim: ContainmentClaim, placeById: PlaceLookup) {
  const subject = placeById(claim.subject);
  // inputProblems has made sure the container is a polygon.
  const container = placeById(claim.container) as ContainerFeature;
  const located = locateInPolygon(subject, container).properties;
  const toleranceKm = lengthInKm(claim.tolerance);
  const inside = claim.stated.relation === 'inside';
  const judgement = judgeContainment(located, inside, toleranceKm);
  const name = container.properties.name;
  const where = drawnWhereWords(located, name);
  return measuredOutcome({
    ...judgement,
    finding: {
      kind: 'containment',
      words: claim.stated.words,
      subject: checkedPlace(subject),
      container: checkedPlace(container),
      relation: located.relation,
      edge_km: toTenths(Math.abs(located.edge_distance_km)),
      range_km: rangeToTenths([located.min_km, located.max_km]),
    },
    method: [
      `Measured with locateInPolygon (lib/geometry/locate-in-polygon.ts): where ${describePosition(subject)} lies relative to the outline of ${name} (${precisionWords(container)}).`,
      `As drawn: ${where}. Allowing for both precisions (±${radiusWords(located.uncertainty_km)} together): ${edgeRangeWords(located.min_km, located.max_km)} the edge.`,
      `The words ‘${claim.stated.words}’ are read as: ${readingWords(claim, name, toleranceKm)}.`,
    ],
    measurement: {
      function: 'locateInPolygon',
      unit: 'km',
      value: roundToThousandths(located.edge_distance_km),
      range: [roundToThousandths(located.min_km), roundToThousandths(located.max_km)],
      band: inside ? [null, roundToThousandths(toleranceKm)] : [roundToThousandths(-toleranceKm), roundToThousandths(toleranceKm)],
      miles: null,
      parts: [],
    },
  });
}

/** The rules for containment claims (lib/claims.ts). */
export const containmentRules: ClaimKindRules<'containment'> = {
  placesOf: (claim) => [claim.subject, claim.container],
  inputProblems(claim, geometryTypeOf) {
    const type = geometryTypeOf(claim.container);
    const notAPolygon = type && type !== 'Polygon' && type !== 'MultiPolygon';
    return [
      ...(notAPolygon ? [`container "${claim.container}" is a ${type}; a containment claim needs a Polygon or MultiPolygon`] : []),
      ...samePlaceProblems([claim.subject, claim.container], 'subject and container'),
    ];
  },
  evaluate: evaluateContainment,
};
