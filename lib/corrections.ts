/**
 * The corrections log (geo/corrections.json): each dated entry says what changed in the data, why,
 * and which places, reports and sources it touched. Shown on the About page and on each affected
 * place's page, and published as an Atom feed (lib/corrections-feed.ts). Pure.
 */
import { z } from 'zod';
import { idSchema, isoDate } from './schemas';

export const correctionSchema = z.strictObject({
  id: idSchema,
  /** When the correction was made (YYYY-MM-DD). */
  date: isoDate,
  title: z.string().min(1),
  what: z.string().min(1),
  why: z.string().min(1),
  places: z.array(idSchema),
  reports: z.array(idSchema),
  sources: z.array(idSchema),
  /** The project's change (commit) that made it. */
  change: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, 'must be a commit hash')
    .optional(),
});
export const correctionsFileSchema = z.strictObject({ corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;

/** Newest first; on the same day, as the file lists them. */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => c);
}

/** What a place's reporting is made of: its reports and the sources they cite. */
export interface PlaceReportingIds {
  reports: readonly string[];
  sources: readonly string[];
}

/** The corrections that touch a place: named directly, or through one of its reports or their sources; newest first. */
export function correctionsAbout(placeId: string, ids: PlaceReportingIds, corrections: readonly Correction[]): Correction[] {
  const reports = new Set(ids.reports);
  const sources = new Set(ids.sources);
  return newestFirst(
    corrections.filter((c) => c.places.includes(placeId) || c.reports.some((r) => reports.has(r)) || c.sources.some((s) => sources.has(s))),
  );
}

/** The anchor of a correction on the About page. */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/** Where the corrections are published as an Atom feed (app/corrections.xml/route.ts). */
export const CORRECTIONS_FEED_PATH = '/corrections.xml';
