/**
 * A place's control, activity and age as the API gives them (GET /api/places/{id}): the situation
 * on the map's latest reporting date, and every change of it, each from the date it took effect.
 * The API is prerendered, so it cannot answer for any date: a reader's age on a date D is
 * D minus `last_reported` of the change in effect on D. Pure.
 */
import { placeView, reportsForPlace } from './citations';
import { type PlaceSituation, situationOn } from './map-data';
import { type ActivityEntry, type ControlEntry, type ReportDigest, STALE_AFTER_DAYS, type SituationEntry, situationEntries } from './situation';
import type { GeoData } from './types';
import { placePagePath } from './url-state';

interface SituationPlace {
  id: string;
  name: string;
  reports: ReportDigest[];
}

/** What the API says of any assertion, beside its control or activity. */
function entryFields(e: SituationEntry) {
  return { basis: e.basis, according_to: e.according_to, describes: e.describes, reported: e.reported, report: e.report.id };
}
const controlJson = (e: ControlEntry) => ({ control: e.control, ...entryFields(e) });
const activityJson = (e: ActivityEntry) => ({ activity: e.activity, ...entryFields(e) });

function situationJson(s: PlaceSituation) {
  return {
    control: s.control ? controlJson(s.control) : null,
    disputed_by: s.disputedBy ? controlJson(s.disputedBy) : null,
    possibly_out_of_date: s.outdatedBy ? { because_of: s.outdatedBy.place, control: controlJson(s.outdatedBy.control) } : null,
    activities: s.activities.map(activityJson),
    last_reported: s.lastReported ?? null,
  };
}

/** The dates on which a place's situation may change: whenever something about it, or its container, is reported or begins. */
function changeDates(place: SituationPlace, container?: SituationPlace): string[] {
  const entries = [place, ...(container ? [container] : [])].flatMap((p) => situationEntries(p.id, p.reports));
  return [...new Set(entries.flatMap((e) => [e.reported.date, e.describes.date]))].sort();
}

/**
 * The place's situation for the API.
 * @param latestDate the map's latest reporting date (its default view)
 * @param container the place it is part of, if any
 */
function situationForApi(place: SituationPlace, latestDate: string, container?: SituationPlace) {
  const changes: ({ from: string } & ReturnType<typeof situationJson>)[] = [];
  for (const date of changeDates(place, container)) {
    const now = situationJson(situationOn(place, date, container));
    const before = changes.at(-1);
    if (!now.last_reported) continue;
    const { from: _, ...previous } = before ?? { from: '' };
    if (!before || JSON.stringify(previous) !== JSON.stringify(now)) changes.push({ from: date, ...now });
  }
  const latest = situationOn(place, latestDate, container);
  return {
    stale_after_days: STALE_AFTER_DAYS,
    on_latest_date: {
      date: latestDate,
      ...situationJson(latest),
      age_days: latest.ageDays ?? null,
      stale: latest.stale,
    },
    changes,
  };
}

/**
 * A place as the API gives it (lib/citations.ts placeView) with its control, activity and age, and
 * the address of its page.
 * @param latestDate the map's latest reporting date
 */
export function placeWithSituation(placeId: string, data: GeoData, latestDate: string) {
  const view = placeView(placeId, data);
  if (!view) return undefined;
  const digest = (id: string): SituationPlace => ({
    id,
    name: data.places.get(id)!.feature.properties.name,
    reports: reportsForPlace(id, data),
  });
  const container = view.part_of && data.places.has(view.part_of) ? digest(view.part_of) : undefined;
  return { ...view, page: placePagePath(placeId), situation: situationForApi(digest(placeId), latestDate, container) };
}
