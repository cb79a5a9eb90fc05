/**
 * A place's situation on a date, from its reports' dated assertions, on two axes kept apart
 * (README "Control and activity"): who controls the place, and what is happening there. Pure.
 *
 * Two kinds of time are kept apart: the dates an assertion describes (its own `describes`, or
 * else its report's) and the date it was reported (the source's publication date). "On D" means:
 * among assertions published on or before D about dates on or before D. A described period is
 * ordered by its end (`latest`, or else its date). Nothing is inferred: a situation changes only
 * where a source says so, and it grows old when no source says anything newer.
 *
 * - Control: the latest attested assertion (seen, stated by an official, or reported); a claim
 *   decides control only where nothing attested says who holds the place. A claim newer than the
 *   attested control that disagrees with it is kept beside it (`disputedBy`), never instead.
 * - Activity: everything asserted for the latest described date among activity assertions, unless
 *   a later report of control has superseded it.
 * - Age: D minus the latest date any of those assertions describes; past STALE_AFTER_DAYS the
 *   situation is stale, and every view says how old it is.
 */
import { daysBetween } from './format-date';
import type { Activity, Assertion, Basis, Control, DateInfo } from './schemas';
import type { ReportView } from './types';

/** A situation is stale when its latest assertion describes a date more than this many days before the chosen date. */
export const STALE_AFTER_DAYS = 7;

/**
 * What the rules read of a report: its dates and assertions, not its quote. The map's data file
 * carries reports in this form (lib/map-data.ts); a place's reporting file has them in full.
 */
export type ReportDigest = Pick<ReportView, 'id' | 'places' | 'describes' | 'reported' | 'assertions'>;

interface EntryFields<R extends ReportDigest> {
  basis: Basis;
  according_to: string;
  /** The date or period the assertion is about. */
  describes: DateInfo;
  /** When it was reported (the source's publication date). */
  reported: DateInfo;
  report: R;
}
export interface ControlEntry<R extends ReportDigest = ReportDigest> extends EntryFields<R> {
  control: Control;
}
export interface ActivityEntry<R extends ReportDigest = ReportDigest> extends EntryFields<R> {
  activity: Activity;
}
export type SituationEntry<R extends ReportDigest = ReportDigest> = ControlEntry<R> | ActivityEntry<R>;

export interface Situation<R extends ReportDigest = ReportDigest> {
  /** Who holds the place, as the fill shows it; undefined: no source here says. */
  control?: ControlEntry<R>;
  /** A claim of control newer than `control` that disagrees with it, shown beside it. */
  disputedBy?: ControlEntry<R>;
  /** What is happening there, one entry per activity (the best attested), in vocabulary order. */
  activities: ActivityEntry<R>[];
  /** The assertion, known on the date, that describes the latest date; undefined: none yet. */
  latest?: SituationEntry<R>;
  /** The end of the date or period it describes (YYYY-MM-DD). */
  lastReported?: string;
  /** Whole days from `lastReported` to the chosen date. */
  ageDays?: number;
  /** Older than STALE_AFTER_DAYS. */
  stale: boolean;
}

/** Basis from most to least certain. */
const BASIS_RANK: Record<Basis, number> = { observed: 3, official: 2, reported: 1, claimed: 0 };
// The vocabularies' order (lib/schemas.ts); no zod at run time in the browser.
const CONTROL_RANK: Record<Control, number> = { ukrainian: 0, contested: 1, russian: 2 };
export const ACTIVITY_ORDER: readonly Activity[] = ['under-attack', 'russian-advance', 'ukrainian-withdrawal', 'russian-troops-inside'];

/** The last day a date or period describes. */
export function endOf(d: DateInfo): string {
  return d.latest ?? d.date;
}

/**
 * Oldest described end first; on the same date, a claim before anything attested, then the less
 * certain basis, then the earlier publication, then report id: the winner of a tie is last.
 */
function compareEntries(a: SituationEntry, b: SituationEntry): number {
  return (
    endOf(a.describes).localeCompare(endOf(b.describes)) ||
    Number(a.basis !== 'claimed') - Number(b.basis !== 'claimed') ||
    BASIS_RANK[a.basis] - BASIS_RANK[b.basis] ||
    ('control' in a && 'control' in b ? CONTROL_RANK[a.control] - CONTROL_RANK[b.control] : 0) ||
    a.reported.date.localeCompare(b.reported.date) ||
    a.report.id.localeCompare(b.report.id)
  );
}

/** Every assertion about a place on both axes, ordered by compareEntries (oldest first). */
export function situationEntries<R extends ReportDigest>(placeId: string, reports: readonly R[]): SituationEntry<R>[] {
  const entries: SituationEntry<R>[] = [];
  for (const report of reports) {
    for (const a of report.assertions as Assertion[]) {
      if (a.place !== placeId) continue;
      const fields = {
        basis: a.basis,
        according_to: a.according_to,
        describes: a.describes ?? report.describes,
        reported: report.reported,
        report,
      };
      entries.push('control' in a ? { ...fields, control: a.control } : { ...fields, activity: a.activity });
    }
  }
  return entries.sort(compareEntries);
}

/** Entries known on `date`: published by then, about dates that had begun by then. */
function knownOn<E extends SituationEntry>(entries: readonly E[], date: string): E[] {
  return entries.filter((e) => e.reported.date <= date && e.describes.date <= date);
}

function controlOf<R extends ReportDigest>(known: readonly ControlEntry<R>[]): Pick<Situation<R>, 'control' | 'disputedBy'> {
  const attested = known.filter((e) => e.basis !== 'claimed').at(-1);
  const claim = known.filter((e) => e.basis === 'claimed').at(-1);
  if (!attested) return { control: claim };
  const disputes = claim && claim.control !== attested.control && endOf(claim.describes) >= endOf(attested.describes);
  return disputes ? { control: attested, disputedBy: claim } : { control: attested };
}

function activitiesOf<R extends ReportDigest>(known: readonly ActivityEntry<R>[], control?: ControlEntry<R>): ActivityEntry<R>[] {
  const latest = known.at(-1);
  if (!latest) return [];
  const day = endOf(latest.describes);
  // A later report of who holds the place supersedes what was happening before it.
  if (control && endOf(control.describes) > day) return [];
  const best = new Map<Activity, ActivityEntry<R>>();
  for (const e of known) if (endOf(e.describes) === day) best.set(e.activity, e); // sorted: the best attested comes last
  return ACTIVITY_ORDER.flatMap((a) => best.get(a) ?? []);
}

/**
 * The place's situation on `date` (YYYY-MM-DD).
 * @param reports reports about the place (others' assertions are ignored)
 */
export function situationOn<R extends ReportDigest>(placeId: string, reports: readonly R[], date: string): Situation<R> {
  const known = knownOn(situationEntries(placeId, reports), date);
  const controls = known.filter((e): e is ControlEntry<R> => 'control' in e);
  const { control, disputedBy } = controlOf(controls);
  const activities = activitiesOf(
    known.filter((e): e is ActivityEntry<R> => 'activity' in e),
    controls.at(-1),
  );
  const latest = known.at(-1);
  if (!latest) return { activities, stale: false };
  const lastReported = endOf(latest.describes);
  const ageDays = Math.max(0, daysBetween(lastReported, date));
  return { control, disputedBy, activities, latest, lastReported, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/**
 * The place's history: every assertion known by `asOf` (default: all), grouped by the date it
 * describes, oldest first, each group in the tie order (the winner last).
 */
export function situationHistory<R extends ReportDigest>(placeId: string, reports: readonly R[], asOf?: string): SituationEntry<R>[][] {
  const entries = situationEntries(placeId, reports);
  const known = asOf === undefined ? entries : knownOn(entries, asOf);
  const groups: SituationEntry<R>[][] = [];
  for (const e of known) {
    const last = groups.at(-1);
    if (last && endOf(last[0]!.describes) === endOf(e.describes)) last.push(e);
    else groups.push([e]);
  }
  // Within a date, what began earlier first (a range of 28–30 June before a day of 30 June).
  return groups.map((g) => [...g].sort((a, b) => a.describes.date.localeCompare(b.describes.date)));
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
