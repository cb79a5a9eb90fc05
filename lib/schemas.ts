/**
 * The schemas of geo/'s files but the claims (lib/claim-schemas.ts): every file is checked against these shapes.
 * Geometry validity is checked separately with @placemarkio/check-geojson (see lib/validate.ts).
 */
import { z } from 'zod';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export const idSchema = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN, 'must be lower-case words joined by hyphens');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar date',
  );

/**
 * A date as the reporting gives it. `approximate` dates were inferred from clues in the text and
 * are shown as "c. <date>"; `earliest`/`latest` bound the inference where it is a range.
 */
export const dateInfoSchema = z
  .strictObject({
    date: isoDate,
    approximate: z.boolean(),
    earliest: isoDate.optional(),
    latest: isoDate.optional(),
    basis: z.string().min(1).optional(),
  })
  .refine((d) => !d.earliest || d.earliest <= d.date, 'earliest is after date')
  .refine((d) => !d.latest || d.latest >= d.date, 'latest is before date')
  .refine((d) => !d.approximate || Boolean(d.basis), 'an approximate date must say its basis');

export const attributionKeySchema = z.enum(['osm', 'natural-earth', 'project']);

/**
 * A credit: its text, where it links (none where there is no address to link to: never guessed;
 * the map then links the credit to the About page's credits), and the licence of what it credits.
 */
export const attributionSchema = z.strictObject({
  text: z.string().min(1),
  url: z.url().optional(),
  licence: z.string().min(1),
});

export const layerEntrySchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /** The title in Ukrainian (the interface's other language, README "Languages"). */
  title_uk: z.string().min(1),
  description: z.string().min(1),
  /** The description in Ukrainian (the Downloads page in Ukrainian lists each layer's file with it). */
  description_uk: z.string().min(1),
  file: z.string().regex(/^[a-z0-9-]+\.geojson$/, 'must be a .geojson file name in geo/'),
  style: z.enum(['city', 'facility', 'river', 'bridge', 'region']),
  attribution: z.array(attributionKeySchema).min(1),
  /** Places drawn for orientation, which need no report (their geometry's provenance is all they carry). */
  reporting_optional: z.boolean().optional(),
});

/** The offline base map drawn under the layers: borders and place labels, no reporting. */
export const baseEntrySchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.geojson$/, 'must be a .geojson file name in geo/'),
  attribution: z.array(attributionKeySchema).min(1),
});

export const basePropertiesSchema = z.strictObject({
  kind: z.enum(['country-border', 'country-label', 'town-label']),
  name: z.string().min(1),
  name_uk: z.string().min(1).optional(),
  /** 1 = most important; decides from which zoom a label shows. */
  rank: z.number().int().min(1).max(3),
  source: z.string().min(1),
});

export const manifestSchema = z.strictObject({
  layers: z.array(layerEntrySchema).min(1),
  base: baseEntrySchema.optional(),
  attributions: z.partialRecord(attributionKeySchema, attributionSchema),
});

export const placeKindSchema = z.enum(['city', 'facility', 'river', 'bridge', 'region']);

export const precisionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('exact') }),
  z.strictObject({
    type: z.literal('approximate'),
    /** Radius in metres within which the real site is believed to lie. */
    radius_m: z.number().int().positive().max(50_000),
    note: z.string().min(1),
  }),
]);

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** The `properties` of every feature in a place layer. */
export const placePropertiesSchema = z.strictObject({
  kind: placeKindSchema,
  /** English name as the reporting spells it. */
  name: z.string().min(1),
  name_uk: z.string().min(1),
  name_ru: z.string().min(1),
  /** Other spellings and transliterations, for search. */
  aliases: z.array(z.string().min(1)),
  precision: precisionSchema,
  /** Where a label or marker goes; required for polygons and lines. */
  label_point: lonLat.optional(),
  /**
   * The place this one lies in or beside (Azot in Severodonetsk): where that place's later
   * reporting of control disagrees with this one's, this one is shown as possibly out of date.
   */
  part_of: idSchema.optional(),
  geometry_source: z.strictObject({
    method: z.string().min(1),
    references: z.array(z.string().min(1)).min(1),
    attribution: z.array(attributionKeySchema).min(1),
  }),
});

export const sourceTypeSchema = z.enum(['first-hand-report', 'news-rewrite', 'reworded-repost']);

export const sourceSchema = z.strictObject({
  id: idSchema,
  outlet: z.string().min(1),
  title: z.string().min(1),
  /** null where the text carries no byline. */
  byline: z.string().min(1).nullable(),
  credits: z.string().min(1).optional(),
  dateline: z.string().min(1).optional(),
  /** The report this text rewrites or re-posts, where it is not the original. */
  original: z
    .strictObject({
      outlet: z.string().min(1),
      title: z.string().min(1),
      byline: z.string().min(1),
      date: dateInfoSchema.optional(),
    })
    .optional(),
  published: dateInfoSchema,
  urls: z.strictObject({
    /** The original article; null where it is not known (never guessed). */
    original: z.url().nullable(),
    /** The copy the supplied text matches word for word. */
    copy: z.url(),
  }),
  type: sourceTypeSchema,
  reliability: z.array(z.string().min(1)).min(1),
  /** Passages that must never be quoted: errors introduced by a rewrite, or page furniture. */
  excluded_passages: z.array(
    z.strictObject({ passage: z.string().min(1), reason: z.enum(['error', 'furniture', 'duplicate']), note: z.string().min(1) }),
  ),
  /** The full text as supplied, in geo/sources/. Used to verify quotes; never served whole. */
  text_file: z.string().regex(/^sources\/[a-z0-9-]+\.txt$/, 'must be sources/<name>.txt'),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

/**
 * What a passage asserts about a place, on one of two axes (README "Control and activity"):
 * - control, who holds it: Ukrainian forces, contested (both sides' forces inside), Russian forces;
 * - activity, what is happening there: an attack or shelling, a Russian advance, a Ukrainian
 *   withdrawal, Russian troops inside.
 * A place may have several activities at once; its control is unknown until a source states it.
 * `basis` keeps apart what a reporter saw or heard, what an official stated, what was reported
 * (including the reporter's own judgements) and what one side claimed.
 */
export const controlSchema = z.enum(['ukrainian', 'contested', 'russian']);
export const activitySchema = z.enum(['under-attack', 'russian-advance', 'ukrainian-withdrawal', 'russian-troops-inside']);

export const basisSchema = z.enum(['observed', 'official', 'reported', 'claimed']);

const assertionFields = {
  place: idSchema,
  basis: basisSchema,
  /** Who makes the assertion, e.g. "Russian media", "Luhansk governor Serhiy Haidai". */
  according_to: z.string().min(1),
  /** Where the assertion is about another date than the passage as a whole (e.g. "since the weekend"). */
  describes: dateInfoSchema.optional(),
};

/** One assertion: either who controls the place, or one thing happening there. */
export const assertionSchema = z.union([
  z.strictObject({ ...assertionFields, control: controlSchema }),
  z.strictObject({ ...assertionFields, activity: activitySchema }),
]);

export const reportSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  places: z.array(idSchema).min(1),
  /** Verbatim passage of the source (see lib/normalise-text.ts for the comparison rules). */
  quote: z.string().min(1).max(600),
  /** The date the passage describes; when it was reported is the source's published date. */
  describes: dateInfoSchema,
  assertions: z.array(assertionSchema),
});

export const reportsFileSchema = z.strictObject({ reports: z.array(reportSchema).min(1) });

export type DateInfo = z.infer<typeof dateInfoSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type LayerEntry = z.infer<typeof layerEntrySchema>;
export type BaseProperties = z.infer<typeof basePropertiesSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Control = z.infer<typeof controlSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Assertion = z.infer<typeof assertionSchema>;
export type Report = z.infer<typeof reportSchema>;
