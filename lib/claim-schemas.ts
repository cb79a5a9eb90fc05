/**
 * Geographic claims (geo/claims.json): what a report's words say about where places are, checked
 * against the map's own geometry when the app is built (lib/claims.ts, docs/methodology.md).
 */
import { z } from 'zod';
import { idSchema } from './schemas';

export const compassPointSchema = z.enum(['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW']);

/** A length as a text gives it, or a tolerance around one. */
export const lengthSchema = z.strictObject({ value: z.number().nonnegative().finite(), unit: z.enum(['m', 'km', 'mi']) });

const claimBase = {
  id: idSchema,
  /** The report whose quote makes the claim. */
  report: idSchema,
  /** The words checked: a verbatim part of the report's quote. */
  text: z.string().min(1).max(300),
  /** How the claim is read and why the tolerance is what it is; shown with the check. */
  note: z.string().min(1),
};

/** What the text states, in its own words (a verbatim part of `text`). */
const statedWords = z.string().min(1).max(120);

export const distanceClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('distance'),
  from: idSchema,
  to: idSchema,
  /** Centre to centre (label points), or between the nearest edges. */
  between: z.enum(['centres', 'edges']),
  stated: lengthSchema.extend({ words: statedWords }),
  /** How far either way from the stated value the words still hold. */
  tolerance: lengthSchema,
});

export const directionClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('direction'),
  from: idSchema,
  to: idSchema,
  stated: z.strictObject({ words: statedWords, compass: compassPointSchema }),
  /** Degrees either side of the stated compass point. */
  tolerance_deg: z.number().min(0).max(180),
});

export const riverSideClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('river-side'),
  river: idSchema,
  /** The two places whose banks are compared (by their centres). */
  places: z.tuple([idSchema, idSchema]),
  stated: z.strictObject({ words: statedWords, relation: z.enum(['opposite-banks', 'same-bank']) }),
});

export const containmentClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('containment'),
  subject: idSchema,
  container: idSchema,
  stated: z.strictObject({ words: statedWords, relation: z.enum(['inside', 'on-edge']) }),
  /** `inside`: how far outside the edge still counts; `on-edge`: how far from the edge, either way. */
  tolerance: lengthSchema,
});

export const relativePositionClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('relative-position'),
  /** The claim holds if any one of these lies between the two others. */
  subjects: z.array(idSchema).min(1),
  between: z.tuple([idSchema, idSchema]),
  stated: z.strictObject({ words: statedWords, relation: z.literal('between') }),
  /** How far off the straight line between the two centres still counts as between. */
  tolerance: lengthSchema,
});

export const notCheckableClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('not-checkable'),
  /** The places the statement is about, where the map has them (may be none). */
  places: z.array(idSchema),
  /** Why the map cannot check it. */
  reason: z.string().min(1),
});

export const claimSchema = z.discriminatedUnion('kind', [
  distanceClaimSchema,
  directionClaimSchema,
  riverSideClaimSchema,
  containmentClaimSchema,
  relativePositionClaimSchema,
  notCheckableClaimSchema,
]);

export const claimsFileSchema = z.strictObject({ claims: z.array(claimSchema) });

export type Length = z.infer<typeof lengthSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimKind = Claim['kind'];
