/**
 * River-side claims ("across the river from"): which bank of a river each of two places may be on,
 * against the stated relation (opposite banks or the same bank).
 */
import { COMPASS_WORDS } from '../geometry/compass-point';
import { findRiverSide, type Bank, type RiverSideProperties } from '../geometry/find-river-side';
import type { CheckedBank, PlaceFeature } from '../types';
import type { LineString, MultiLineString } from 'geojson';
import { samePlaceProblems, type ClaimKindRules, type ClaimOfKind, type PlaceLookup } from './claim-kind-rules';
import { judgeOverlap, measuredOutcome } from './verdict';
import { checkedPlace, describePosition, formatTenths, precisionWords, radiusWords, roundToThousandths } from './wording';

type RiverSideClaim = ClaimOfKind<'river-side'>;
type RiverFeature = PlaceFeature & { geometry: LineString | MultiLineString };

/** One place's bank, as findRiverSide measured it. */
interface PlaceSide {
  id: string;
  feature: PlaceFeature;
  side: RiverSideProperties;
}

/** "on the right bank (south-west)", "on the river line itself", "on either bank (drawn on …)". */
function bankWords(side: RiverSideProperties): string {
  const named = (bank: Bank) => `the ${bank} bank${side.bank_compass ? ` (${COMPASS_WORDS[side.bank_compass]})` : ''}`;
  if (side.side === 'left' || side.side === 'right') return `on ${named(side.side)}`;
  if (side.side === 'on-line') return 'on the river line itself';
  return side.drawn_side ? `on either bank (drawn on ${named(side.drawn_side)}, within the precision of the river)` : 'on either bank';
}

/** "Lysychansk’s label point […]: 1.2 km from the river line, on the right bank (south-west)." */
function placeSideLine({ feature, side }: PlaceSide): string {
  const why =
    side.side === 'uncertain'
      ? `, because the place’s and the river’s precision together (±${radiusWords(side.uncertainty_km)}) reach the line`
      : '';
  return `${describePosition(feature)}: ${formatTenths(side.distance_km)} km from the river line, ${bankWords(side)}${why}.`;
}

/** A place's bank as the finding gives it. */
function checkedBank({ feature, side }: PlaceSide): CheckedBank {
  return { place: checkedPlace(feature), side: side.side, drawn_side: side.drawn_side, compass: side.bank_compass };
}

/** Checks a river-side claim: consistent where some pair of the banks each place may be on agrees with the words. */
function evaluateRiverSide(claim: RiverSideClaim, placeById: PlaceLookup) {
  // inputProblems has made sure the river is a line.
  const river = placeById(claim.river) as RiverFeature;
  const sides: PlaceSide[] = claim.places.map((id) => ({ id, feature: placeById(id), side: findRiverSide(placeById(id), river).properties }));
  const [first, second] = sides as [PlaceSide, PlaceSide];
  const opposite = claim.stated.relation === 'opposite-banks';
  const banksAgree = (bank: Bank, otherBank: Bank) => (opposite ? bank !== otherBank : bank === otherBank);
  const agreesWithSomeBankOf = (bank: Bank, other: PlaceSide) => other.side.possible.some((otherBank) => banksAgree(bank, otherBank));
  const overlaps = first.side.possible.some((bank) => agreesWithSomeBankOf(bank, second));
  const onlyBank = (place: PlaceSide) => (place.side.possible.length === 1 ? place.side.possible[0] : undefined);
  const firstOnly = onlyBank(first);
  const secondOnly = onlyBank(second);
  const within = firstOnly !== undefined && secondOnly !== undefined && banksAgree(firstOnly, secondOnly);
  const judgement = judgeOverlap(overlaps, within);
  const riverName = river.properties.name;
  return measuredOutcome({
    ...judgement,
    finding: { kind: 'river-side', words: claim.stated.words, river: checkedPlace(river), banks: [checkedBank(first), checkedBank(second)] },
    method: [
      `Measured with findRiverSide (lib/geometry/find-river-side.ts) for each place’s centre against the ${riverName}, drawn as a line that runs downstream (${precisionWords(river)}); left and right are as seen looking downstream.`,
      ...sides.map(placeSideLine),
      `The words ‘${claim.stated.words}’ are read as: the two places on ${opposite ? 'opposite banks' : 'the same bank'}.`,
    ],
    measurement: {
      function: 'findRiverSide',
      unit: null,
      value: null,
      range: null,
      band: null,
      miles: null,
      parts: sides.map((place) => ({
        place: place.id,
        result: place.side.side,
        value: roundToThousandths(place.side.distance_km),
        range: null,
        consistent: place.side.possible.some((bank) => agreesWithSomeBankOf(bank, place === first ? second : first)),
      })),
    },
  });
}

/** The rules for river-side claims (lib/claims.ts). */
export const riverSideRules: ClaimKindRules<'river-side'> = {
  placesOf: (claim) => [claim.river, ...claim.places],
  inputProblems(claim, geometryTypeOf) {
    const type = geometryTypeOf(claim.river);
    const notALine = type && type !== 'LineString' && type !== 'MultiLineString';
    return [
      ...(notALine ? [`river "${claim.river}" is a ${type}; a river-side claim needs a LineString or MultiLineString`] : []),
      ...samePlaceProblems([claim.river, ...claim.places], 'the river and the two places'),
    ];
  },
  evaluate: evaluateRiverSide,
};
