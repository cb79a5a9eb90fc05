/**
 * Checks the reporting's geographic claims (geo/claims.json) against the map's own geometry, with
 * the functions in lib/geometry/. Pure; run by the validator (lib/validate.ts), so `npm run build`
 * computes every verdict once and the pages and API only read them.
 *
 * A claim is consistent when what its words allow (the stated value with its tolerance) and what
 * the map allows (the measured value widened by the places' precision) overlap; inconsistent when
 * they do not. See docs/methodology.md. Each kind of claim has its rules in lib/claims/<kind>.ts;
 * this module looks them up by `kind`.
 */
import type { Claim, ClaimKind } from './claim-schemas';
import type { ClaimView, PlaceFeature } from './types';
import type { ClaimKindRules, PlaceLookup } from './claims/claim-kind-rules';
import { containmentRules } from './claims/containment';
import { directionRules } from './claims/direction';
import { distanceRules } from './claims/distance';
import { notCheckableRules } from './claims/not-checkable';
import { relativePositionRules } from './claims/relative-position';
import { riverSideRules } from './claims/river-side';

/** The checked places, by id (GeoData['places']). */
export type ClaimPlaces = ReadonlyMap<string, { feature: PlaceFeature }>;

const RULES_BY_KIND: { [K in ClaimKind]: ClaimKindRules<K> } = {
  distance: distanceRules,
  direction: directionRules,
  'river-side': riverSideRules,
  containment: containmentRules,
  'relative-position': relativePositionRules,
  'not-checkable': notCheckableRules,
};

/**
 * The rules for a kind. Generic so that TypeScript ties the table's entry to the kind (a
 * correlated union): called with `claim.kind`, the rules accept any claim.
 */
function rulesOf<K extends ClaimKind>(kind: K): ClaimKindRules<K> {
  return RULES_BY_KIND[kind];
}

/**
 * @param claim a claim from geo/claims.json
 * @returns every place the claim names
 */
export function claimPlaces(claim: Claim): string[] {
  return rulesOf(claim.kind).placesOf(claim);
}

/**
 * What makes a claim impossible to evaluate, in plain words: a river that is not a line, a
 * container that is not a polygon, a place compared with itself. Unknown ids are the validator's.
 * @param claim a schema-checked claim
 * @param places the checked places
 * @returns the problems, none where the claim can be evaluated
 */
export function claimInputProblems(claim: Claim, places: ClaimPlaces): string[] {
  return rulesOf(claim.kind).inputProblems(claim, (id) => places.get(id)?.feature.geometry.type);
}

/**
 * Checks one claim against the places' geometry.
 * @param claim a claim from geo/claims.json, already schema-checked, whose places all exist
 * @param places the checked places
 * @returns the claim with its verdict, the measured figures and how they were measured
 * @throws Error in plain words where an input cannot be measured (see claimInputProblems)
 */
export function evaluateClaim(claim: Claim, places: ClaimPlaces): ClaimView {
  const placeById: PlaceLookup = (id) => {
    const entry = places.get(id);
    if (!entry) throw new Error(`unknown place "${id}"`);
    return entry.feature;
  };
  const base = { id: claim.id, report: claim.report, kind: claim.kind, text: claim.text, places: claimPlaces(claim), note: claim.note };
  return { ...base, ...rulesOf(claim.kind).evaluate(claim, placeById) };
}
