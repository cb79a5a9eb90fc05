/**
 * Compare mode: what changed between two dates. For each place, its situation as reported on
 * each date (lib/map-data.ts `situationOn`, the same rules as the map), compared on the two axes
 * kept apart (README "Control and activity"): who holds it, and what is happening there. A place
 * changes only where a source says so, so every change comes with the reports that became known
 * between the two dates. Where a date has no report about a place, the side says so (`reported:
 * false`) rather than taking a status from the other date. Pure; in the client bundles.
 */
import { containerOf, type PlaceSituation, type ReportedPlace, situationOn } from './map-data';
import type { Activity, Basis, Control } from './schemas';
import { endOf, type ReportDigest, situationEntries } from './situation';
import type { PlaceLook } from './styles';

/** Which axis changed. */
export type ChangeAxis = 'control' | 'activity' | 'both';

/** A place's situation on one of the two dates, as the comparison reads it. */
export interface SideStatus {
  date: string;
  /** False where no report about the place was known on that date: its status is not reported, not guessed. */
  reported: boolean;
  /** The control the map draws: null where none is reported, or where it may be out of date (`outdated`). */
  control: Control | null;
  /** How certain that control is (claimed: one side's claim, drawn dashed). */
  basis?: Basis;
  /** The place's own last reported control, which a later report of the place it is part of contradicts. */
  outdated?: Control;
  /** A newer claim disagreeing with the attested control. */
  disputedBy?: Control;
  /** What is happening there, in vocabulary order. */
  activities: Activity[];
  /** The last date any assertion about the place describes, and the days from it to `date`. */
  lastReported?: string;
  ageDays?: number;
  /** Older than STALE_AFTER_DAYS (lib/situation.ts), or superseded by its container's reporting. */
  stale: boolean;
}

/** A report behind a change: known on the later date, not on the earlier one. */
export interface ChangeReport {
  id: string;
  /** The place whose reporting file holds it: this place, or the place it is part of. */
  place: string;
  /** It decides the situation on the later date (its control, dispute or activities); else it only adds to them. */
  decisive: boolean;
}

export interface PlaceChange {
  place: string;
  axis: ChangeAxis;
  /** The situation on the earlier date, then on the later one. */
  before: SideStatus;
  after: SideStatus;
  /** Oldest described first. */
  reports: ChangeReport[];
}

export interface Comparison {
  /** The earlier and the later date (YYYY-MM-DD), whichever order they were given in. */
  from: string;
  to: string;
  /** The places whose control or activity differs, in list order. */
  changes: PlaceChange[];
}

type ComparedPlace = Pick<ReportedPlace, 'id' | 'name' | 'reports' | 'part_of'>;
type ComparedData = { places: Readonly<Record<string, ComparedPlace>>; placeOrder: readonly string[] };

function sideOf(s: PlaceSituation, date: string): SideStatus {
  const shown = s.outdatedBy ? undefined : s.control;
  return {
    date,
    reported: s.latest !== undefined,
    control: shown?.control ?? null,
    ...(shown ? { basis: shown.basis } : {}),
    ...(s.outdatedBy && s.control ? { outdated: s.control.control } : {}),
    ...(s.disputedBy ? { disputedBy: s.disputedBy.control } : {}),
    activities: s.activities.map((a) => a.activity),
    ...(s.lastReported !== undefined ? { lastReported: s.lastReported, ageDays: s.ageDays } : {}),
    stale: s.stale,
  };
}

/** What the map draws of control: who, how certain, disputed or out of date. Its age is no change. */
function controlKey(s: SideStatus): string {
  return [s.control ?? '-', s.basis === 'claimed' ? 'claimed' : 'attested', s.outdated ?? '-', s.disputedBy ?? '-'].join('|');
}

function axisOf(before: SideStatus, after: SideStatus): ChangeAxis | undefined {
  const control = controlKey(before) !== controlKey(after);
  const activity = before.activities.join() !== after.activities.join();
  if (control && activity) return 'both';
  return control ? 'control' : activity ? 'activity' : undefined;
}

const knownOn = (date: string) => (e: { reported: { date: string }; describes: { date: string } }) =>
  e.reported.date <= date && e.describes.date <= date;

/** The reports about a place (or its container's control) known on `to` but not on `from`. */
function reportsBetween(
  place: ComparedPlace,
  container: ComparedPlace | undefined,
  s: PlaceSituation,
  from: string,
  to: string,
): ChangeReport[] {
  const decisive = new Set<string>([s.control, s.disputedBy, ...s.activities, s.outdatedBy?.control].flatMap((e) => (e ? [e.report.id] : [])));
  const fresh = (p: ComparedPlace, reports: readonly ReportDigest[], onlyControl: boolean) =>
    situationEntries(p.id, reports)
      .filter((e) => knownOn(to)(e) && !knownOn(from)(e) && (!onlyControl || 'control' in e))
      .map((e) => ({ e, place: p.id }));
  const entries = [...fresh(place, place.reports, false), ...(s.outdatedBy && container ? fresh(container, container.reports, true) : [])];
  entries.sort((a, b) => endOf(a.e.describes).localeCompare(endOf(b.e.describes)));
  const out = new Map<string, ChangeReport>();
  for (const { e, place: holder } of entries) {
    if (!out.has(e.report.id)) out.set(e.report.id, { id: e.report.id, place: holder, decisive: decisive.has(e.report.id) });
  }
  return [...out.values()];
}

/**
 * What changed between two dates: every place whose control or activity, as reported on each
 * date, differs.
 * @param data the map data's places and their list order (MapData)
 * @param a one date (YYYY-MM-DD)
 * @param b the other; the earlier of the two is `from`
 * @example compareDates(data, '2022-06-20', '2022-07-01').changes[0] // { place: 'severodonetsk', axis: 'control', … }
 */
export function compareDates(data: ComparedData, a: string, b: string): Comparison {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const changes: PlaceChange[] = [];
  for (const id of data.placeOrder) {
    const place = data.places[id];
    if (!place) continue;
    const container = containerOf(place, data.places);
    const earlier = situationOn(place, from, container);
    const later = situationOn(place, to, container);
    const before = sideOf(earlier, from);
    const after = sideOf(later, to);
    const axis = axisOf(before, after);
    if (axis) changes.push({ place: id, axis, before, after, reports: reportsBetween(place, container, later, from, to) });
  }
  return { from, to, changes };
}

/** The looks of compare mode: each place marked changed or unchanged between the comparison's dates (lib/styles.ts draws them). */
export function withComparison(looks: Readonly<Record<string, PlaceLook>>, comparison: Comparison): Record<string, PlaceLook> {
  const changed = new Set(comparison.changes.map((c) => c.place));
  return Object.fromEntries(Object.entries(looks).map(([id, look]) => [id, { ...look, compared: changed.has(id) ? 'changed' : 'unchanged' }]));
}
