/**
 * What every kind of claim provides to lib/claims.ts, which looks the rules up by `kind`: the
 * places it names, what makes it impossible to measure, and how it is evaluated.
 */
import type { Claim, ClaimKind } from '../claim-schemas';
import type { ClaimView, PlaceFeature } from '../types';

/** The claims of one kind, e.g. `ClaimOfKind<'distance'>`. */
export type ClaimOfKind<K extends ClaimKind> = Extract<Claim, { kind: K }>;

/** A place's feature by id; throws for an unknown id. */
export type PlaceLookup = (id: string) => PlaceFeature;

/** A place's geometry type by id, or undefined for an unknown id (reported by the validator). */
export type GeometryTypeLookup = (id: string) => PlaceFeature['geometry']['type'] | undefined;

/** The part of a ClaimView that evaluating the claim decides. */
export type ClaimOutcome = Pick<ClaimView, 'verdict' | 'agreement' | 'finding' | 'method' | 'reason' | 'measurement'>;

/** The rules for one kind of claim. */
export interface ClaimKindRules<K extends ClaimKind> {
  /** Every place the claim names, in the order its fields give them. */
  placesOf(claim: ClaimOfKind<K>): string[];
  /** Why the claim cannot be evaluated, in plain words (none: it can). */
  inputProblems(claim: ClaimOfKind<K>, geometryTypeOf: GeometryTypeLookup): string[];
  /** Checks the claim against the places' geometry; only called when inputProblems found none. */
  evaluate(claim: ClaimOfKind<K>, placeById: PlaceLookup): ClaimOutcome;
}

/**
 * @param ids the places a claim compares
 * @param what how the problem names them, e.g. "from and to"
 * @returns one problem when a place is compared with itself, else none
 */
export function samePlaceProblems(ids: readonly string[], what: string): string[] {
  return new Set(ids).size === ids.length ? [] : [`${what} must be different places`];
}
