/**
 * Each place's status over time, derived from the reports' dated assertions. Pure.
 *
 * Two kinds of time are kept apart: the date an assertion describes (`describes`, the assertion's
 * own or else its report's) and the date it was reported (the source's publication date). "As
 * reported on D" means: among assertions published on or before D about dates on or before D, the
 * one about the latest date. A status changes only where a source says so; nothing is inferred.
 *
 * When several assertions describe the same date, a claim loses to anything attested (seen by a
 * reporter, stated by an official, or reported); among equally attested ones the later in the
 * status vocabulary wins (the further along: `ukrainian-withdrawing` over `under-attack`); then
 * the more certain basis; then the later publication; then report id.
 */
import type { Assertion, Basis, DateInfo, Status } from './schemas';
import { STATUS_LABELS } from './vocabulary';
import type { ReportView } from './types';

/**
 * What the status rules read of a report: its dates and assertions, not its quote. The map's data
 * file carries reports in this form (lib/map-data.ts); a place's reporting file has them in full.
 */
export type ReportDigest = Pick<ReportView, 'id' | 'places' | 'describes' | 'reported' | 'assertions'>;

export interface StatusEntry<R extends ReportDigest = ReportDigest> {
  status: Status;
  basis: Basis;
  according_to: string;
  /** The date the assertion is about. */
  describes: DateInfo;
  /** When it was reported (the source's publication date). */
  reported: DateInfo;
  report: R;
}

/** Basis from most to least certain. */
const BASIS_RANK: Record<Basis, number> = { observed: 3, official: 2, reported: 1, claimed: 0 };
// The vocabulary's order (lib/vocabulary.ts follows lib/schemas.ts); no zod at run time in the browser.
const STATUS_RANK = Object.fromEntries(Object.keys(STATUS_LABELS).map((s, i) => [s, i])) as Record<Status, number>;

/** Orders entries by the date described, then by the tie rules above (the winner last). */
export function compareEntries(a: StatusEntry, b: StatusEntry): number {
  return (
    a.describes.date.localeCompare(b.describes.date) ||
    Number(a.basis !== 'claimed') - Number(b.basis !== 'claimed') ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    BASIS_RANK[a.basis] - BASIS_RANK[b.basis] ||
    a.reported.date.localeCompare(b.reported.date) ||
    a.report.id.localeCompare(b.report.id)
  );
}

/**
 * Every assertion about a place, oldest described date first (ties ordered so the winner is last).
 * @param placeId the place
 * @param reports reports about the place (others are ignored)
 */
export function statusEntries<R extends ReportDigest>(placeId: string, reports: readonly R[]): StatusEntry<R>[] {
  const entries: StatusEntry<R>[] = [];
  for (const report of reports) {
    for (const a of report.assertions as Assertion[]) {
      if (a.place !== placeId) continue;
      entries.push({
        status: a.status,
        basis: a.basis,
        according_to: a.according_to,
        describes: a.describes ?? report.describes,
        reported: report.reported,
        report,
      });
    }
  }
  return entries.sort(compareEntries);
}

/**
 * The place's status as reported on `date`, or undefined when nothing was reported by then.
 * @param date YYYY-MM-DD
 */
export function statusOn<R extends ReportDigest>(placeId: string, reports: readonly R[], date: string): StatusEntry<R> | undefined {
  const known = statusEntries(placeId, reports).filter((e) => e.describes.date <= date && e.reported.date <= date);
  return known.at(-1);
}

/**
 * The place's status history: one entry per change of status, in the order of the dates described,
 * as it stands with everything reported up to `asOf` (default: everything).
 */
export function statusHistory<R extends ReportDigest>(placeId: string, reports: readonly R[], asOf?: string): StatusEntry<R>[] {
  const entries = statusEntries(placeId, reports).filter((e) => asOf === undefined || (e.reported.date <= asOf && e.describes.date <= asOf));
  // Keep the winner of each described date, then drop repeats of the same status.
  const perDate: StatusEntry<R>[] = [];
  for (const e of entries) {
    if (perDate.at(-1)?.describes.date === e.describes.date) perDate[perDate.length - 1] = e;
    else perDate.push(e);
  }
  return perDate.filter((e, i) => i === 0 || perDate[i - 1]!.status !== e.status);
}

/**
 * Every date on which something was reported or that a report describes, ascending, unique.
 * These are the marks on the timeline and the steps of "previous / next report".
 */
export function reportingDates(reports: Iterable<ReportDigest>): string[] {
  const dates = new Set<string>();
  for (const r of reports) {
    dates.add(r.reported.date);
    dates.add(r.describes.date);
    for (const a of r.assertions) if (a.describes) dates.add(a.describes.date);
  }
  return [...dates].sort();
}
