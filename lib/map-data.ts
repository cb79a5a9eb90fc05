/**
 * The map's data as the browser gets it, in four parts (written by the build as content-hashed
 * files, lib/data-files.ts):
 * - MapData, what the map needs to draw on its opening date: every layer's GeoJSON, each place,
 *   and how each place looks on the latest reporting date (`looks`);
 * - the report digests (ReportedData once joined to the MapData): each place's reports as dates
 *   and assertions, no quotes, which say its status on any date; loaded when the reader moves the
 *   timeline, opens a place or lists the places (a third of the map's data with 100 times ours);
 * - PlaceReporting, one per place, loaded when a reader opens the place: its reports in full
 *   (quotes, citations, claims), its sources' citations and reliability notes, and why its
 *   position is approximate;
 * - SearchNames, loaded when a reader starts a search: every place's Russian name and other
 *   spellings.
 * What the first view does not show waits in the last three: with a data set 100 times ours, the
 * Russian names, other spellings and precision notes were a third of the map's file (gzip), and
 * the digests were two fifths of what was left.
 * Pure.
 */
import { citationOf, reportsForPlace, reportView } from './citations';
import type { PlaceLook } from './styles';
import { type ControlEntry, endOf, type ReportDigest, reportingDates, type Situation, situationOn as situationFromReports } from './situation';
import type { Attribution, LayerEntry, PlaceProperties } from './schemas';
import type { BaseCollection, Citation, DateInfo, Feature, GeoData, Geometry, PlaceFeature, ReportView } from './types';

/** A place's precision as the map draws it: the note saying why is in its reporting file. */
export type MapPrecision = { type: 'exact' } | { type: 'approximate'; radius_m: number };

/**
 * What the map reads of a layer's feature to draw, label and frame it. The rest of a place's
 * properties is in its MapPlace, once: sent twice, the map file of a data set 100 times ours
 * carried 127 KB (gzip) of duplicates (npm run bench:data).
 */
export type MapFeatureProperties = Pick<PlaceProperties, 'kind' | 'name' | 'label_point'> & { precision: MapPrecision };
export type MapFeature = Feature<Geometry, MapFeatureProperties> & { id: string };

export interface MapLayer {
  id: string;
  title: string;
  title_uk: string;
  style: LayerEntry['style'];
  attribution: LayerEntry['attribution'];
  collection: { type: 'FeatureCollection'; features: MapFeature[] };
}

/**
 * A place as the map shows it. Without `geometry_source` (how its geometry was made, and from
 * what), which the map never shows: the API's place answer has it (lib/citations.ts). Its Russian
 * name and other spellings are in SearchNames, the note on its precision in its PlaceReporting.
 */
export interface MapPlace extends Omit<PlaceProperties, 'geometry_source' | 'name_ru' | 'aliases' | 'precision'> {
  id: string;
  precision: MapPrecision;
  layer: string;
  geometryType: Geometry['type'];
  /** The URL of the place's reporting file (PlaceReporting): quotes, citations, claims, sources. */
  reporting: string;
}

/** A place with its reports in digest form: what its situation on any date is read from. */
export interface ReportedPlace extends MapPlace {
  /** Every report about the place in digest form (no quote), in the order of the dates they describe. */
  reports: ReportDigest[];
}

/** A place's reporting in full: what its pop-up and panel quote (loaded per place). */
export interface PlaceReporting {
  place: string;
  /** Every report about the place, in the order of MapPlace.reports, each with its claims' map checks. */
  reports: ReportView[];
  /** The sources those reports come from. */
  sources: Record<string, MapSource>;
  /** Why the place's position is approximate (its precision note), where it is. */
  precisionNote?: string;
}

/** What search reads beside the map data's names: each place's Russian name and other spellings, by id. */
export interface SearchNames {
  names: Record<string, string[]>;
}

export interface MapSource {
  citation: Citation;
  reliability: string[];
}

/** @typeParam P the places: without their reports (the map file), or with them (ReportedPlace, once the digests are here). */
export interface MapData<P extends MapPlace = MapPlace> {
  layers: MapLayer[];
  /** The offline base map drawn under the layers. */
  base: BaseCollection;
  baseAttribution: LayerEntry['attribution'];
  places: Record<string, P>;
  /** How each place looks on `dateRange.max`, the date a map opens on: drawn before the digests load. */
  looks: Record<string, PlaceLook>;
  /** The URL of the report digests file (lib/map-data-digests.ts). */
  digests: string;
  /** Place ids in list order: layer order, then as in the layer file. */
  placeOrder: string[];
  attributions: Partial<Record<string, Attribution>>;
  /** The URL of the search's names file (SearchNames). */
  search: string;
  /** Every reporting date (publication or described), ascending: the timeline's marks. */
  dates: string[];
  /** The timeline's span: from the first day of the month of the earliest date to the latest date. */
  dateRange: { min: string; max: string };
}

/**
 * The report with the map checks of the claims it makes, where it makes any (computed at build
 * time by the validator). Filtered here rather than with lib/claims.ts, which would bring Turf into
 * the client bundle: the pop-ups import this module.
 */
function withClaims(report: ReportView, data: GeoData): ReportView {
  const claims = data.claims.filter((c) => c.report === report.id);
  return claims.length ? { ...report, claims } : report;
}

/** A date without the `basis` of an inferred one: the map says "c. <date>", the quote's view says why. */
function dateOf({ basis: _, ...date }: DateInfo): DateInfo {
  return date;
}

function digestOf({ id, places, describes, reported, assertions }: ReportView): ReportDigest {
  return {
    id,
    places,
    describes: dateOf(describes),
    reported: dateOf(reported),
    assertions: assertions.map((a) => (a.describes ? { ...a, describes: dateOf(a.describes) } : a)),
  };
}

/** The precision without its note. */
function mapPrecisionOf(precision: PlaceProperties['precision']): MapPrecision {
  return precision.type === 'exact' ? precision : { type: precision.type, radius_m: precision.radius_m };
}

function mapFeatureOf({ type, id, geometry, properties: { kind, name, precision, label_point } }: PlaceFeature): MapFeature {
  return { type, id, geometry, properties: { kind, name, precision: mapPrecisionOf(precision), ...(label_point ? { label_point } : {}) } };
}

/** A place's reporting file: its reports in full, and the sources they cite. */
export function placeReportingOf(placeId: string, data: GeoData): PlaceReporting {
  const reports = reportsForPlace(placeId, data).map((r) => withClaims(r, data));
  const sources: Record<string, MapSource> = {};
  for (const r of reports) {
    const source = data.sources.get(r.citation.source_id)!;
    sources[source.id] = { citation: citationOf(source), reliability: source.reliability };
  }
  const precision = data.places.get(placeId)?.feature.properties.precision;
  return { place: placeId, reports, sources, ...(precision?.type === 'approximate' ? { precisionNote: precision.note } : {}) };
}

/** The search's names file: the names the map data leaves out, for every place. */
export function searchNamesOf(data: GeoData): SearchNames {
  const names: Record<string, string[]> = {};
  for (const [id, { feature }] of data.places) names[id] = [feature.properties.name_ru, ...feature.properties.aliases];
  return { names };
}

/** Where the build serves the files the map data names (content-hashed: lib/data-files.ts). */
export interface DataUrls {
  /** Each place's reporting file. */
  reporting: (placeId: string) => string;
  /** The search's names file. */
  search: string;
  /** The report digests file. */
  digests: string;
}

/** How each place looks on `date` (lib/styles.ts), from the places' report digests. */
export function looksOn(data: Pick<MapData<ReportedPlace>, 'places' | 'placeOrder'>, date: string): Record<string, PlaceLook> {
  const out: Record<string, PlaceLook> = {};
  for (const id of data.placeOrder) out[id] = lookOf(situationOn(data.places[id]!, date, containerOf(data.places[id]!, data.places)));
  return out;
}

/** The map's data, every place with its report digests (the build splits them into two files). */
export function mapDataOf(data: GeoData, urls: DataUrls): MapData<ReportedPlace> {
  const places: Record<string, ReportedPlace> = {};
  const placeOrder: string[] = [];
  for (const layer of data.layers) {
    for (const f of layer.collection.features) {
      const reports = reportsForPlace(f.id, data).map(digestOf);
      const { geometry_source: _, name_ru: _ru, aliases: _aliases, precision, ...properties } = f.properties;
      places[f.id] = {
        id: f.id,
        layer: layer.entry.id,
        geometryType: f.geometry.type,
        ...properties,
        precision: mapPrecisionOf(precision),
        reports,
        reporting: urls.reporting(f.id),
      };
      placeOrder.push(f.id);
    }
  }
  const dates = reportingDates(data.reports.map((r) => reportView(r, data)));
  const max = dates.at(-1)!;
  return {
    layers: data.layers.map((l) => ({
      id: l.entry.id,
      title: l.entry.title,
      title_uk: l.entry.title_uk,
      style: l.entry.style,
      attribution: l.entry.attribution,
      collection: { type: 'FeatureCollection', features: l.collection.features.map(mapFeatureOf) },
    })),
    base: data.base ?? { type: 'FeatureCollection', features: [] },
    baseAttribution: data.manifest.base?.attribution ?? [],
    places,
    looks: looksOn({ places, placeOrder }, max),
    digests: urls.digests,
    placeOrder,
    attributions: data.manifest.attributions,
    search: urls.search,
    dates,
    dateRange: { min: `${dates[0]!.slice(0, 7)}-01`, max },
  };
}

/**
 * The one to three most relevant reports for a place's pop-up: reports already published on
 * `date` (when given) first, then those that assert something about this place, then those
 * naming fewer places (more about this one), latest first.
 */
export function topReports<R extends ReportDigest>(place: { id: string; reports: readonly R[] }, max = 3, date?: string): R[] {
  const known = (r: R) => Number(date === undefined || r.reported.date <= date);
  const asserts = (r: R) => Number(r.assertions.some((a) => a.place === place.id));
  return [...place.reports]
    .sort(
      (a, b) =>
        known(b) - known(a) ||
        asserts(b) - asserts(a) ||
        a.places.length - b.places.length ||
        b.describes.date.localeCompare(a.describes.date) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, max);
}

/** A place's situation on a date, with what the place it is part of says later (lib/situation.ts). */
export interface PlaceSituation extends Situation {
  /**
   * Set where the place this one is part of (`part_of`) reports, later than this one's latest
   * report of control, a control that disagrees with it: this one's may be out of date.
   */
  outdatedBy?: { place: string; name: string; control: ControlEntry };
}

type SituationPlace = Pick<ReportedPlace, 'id' | 'reports'> & Partial<Pick<MapPlace, 'name'>>;

/**
 * The place's situation on `date` (YYYY-MM-DD).
 * @param container the place this one is part of (containerOf), whose later reporting of control may make this one's out of date
 */
export function situationOn(place: SituationPlace, date: string, container?: SituationPlace): PlaceSituation {
  const own = situationFromReports(place.id, place.reports, date);
  if (!container || !own.control) return own;
  const theirs = situationFromReports(container.id, container.reports, date).control;
  if (!theirs || theirs.control === own.control.control || endOf(theirs.describes) <= endOf(own.control.describes)) return own;
  return { ...own, stale: true, outdatedBy: { place: container.id, name: container.name ?? container.id, control: theirs } };
}

/** The place `place` is part of, where the map has it. */
export function containerOf<P extends Pick<MapPlace, 'id'>>(
  place: Pick<MapPlace, 'part_of'>,
  places: Readonly<Record<string, P>>,
): P | undefined {
  return place.part_of ? places[place.part_of] : undefined;
}

/** How the map draws a situation (lib/styles.ts): a control that may be out of date is not drawn as current. */
export function lookOf(s: PlaceSituation): PlaceLook {
  const current = s.outdatedBy ? undefined : s.control;
  return { control: current?.control ?? null, claimed: current?.basis === 'claimed', active: s.activities.length > 0, stale: s.stale };
}

/**
 * What a page knows before the map's data file arrives: where that file is, the timeline's dates
 * and the layer ids (for links). Small, and the same size whatever the number of places.
 */
export interface MapShell {
  dataUrl: string;
  /** The report digests file (MapData.digests): a page whose first view needs it preloads it. */
  digestsUrl: string;
  dates: string[];
  dateRange: MapData['dateRange'];
  layerIds: string[];
}

export function shellOf(
  data: Pick<MapData, 'dates' | 'dateRange' | 'digests'> & { layers: readonly { id: string }[] },
  dataUrl: string,
): MapShell {
  return { dataUrl, digestsUrl: data.digests, dates: data.dates, dateRange: data.dateRange, layerIds: data.layers.map((l) => l.id) };
}
