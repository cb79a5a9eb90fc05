/**
 * What the map page sends to the browser: every layer's GeoJSON, each place with its reports and
 * citations, and the sources' reliability notes. Pure; built once per request from GeoData.
 */
import { citationOf, reportsForPlace, reportView } from './citations';
import { reportingDates, statusOn } from './status-timeline';
import type { Attribution, LayerEntry, PlaceProperties } from './schemas';
import type { BaseCollection, Citation, GeoData, Geometry, PlaceCollection, ReportView } from './types';

export interface MapLayer {
  id: string;
  title: string;
  style: LayerEntry['style'];
  attribution: LayerEntry['attribution'];
  collection: PlaceCollection;
}

export interface MapPlace extends PlaceProperties {
  id: string;
  layer: string;
  geometryType: Geometry['type'];
  /** Every report about the place, in the order of the dates they describe, each with its claims' map checks. */
  reports: ReportView[];
}

export interface MapSource {
  citation: Citation;
  reliability: string[];
}

export interface MapData {
  layers: MapLayer[];
  /** The offline base map drawn under the layers. */
  base: BaseCollection;
  baseAttribution: LayerEntry['attribution'];
  places: Record<string, MapPlace>;
  /** Place ids in list order: layer order, then as in the layer file. */
  placeOrder: string[];
  sources: Record<string, MapSource>;
  attributions: Partial<Record<string, Attribution>>;
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

export function mapDataOf(data: GeoData): MapData {
  const places: Record<string, MapPlace> = {};
  const placeOrder: string[] = [];
  for (const layer of data.layers) {
    for (const f of layer.collection.features) {
      const reports = reportsForPlace(f.id, data).map((r) => withClaims(r, data));
      places[f.id] = { id: f.id, layer: layer.entry.id, geometryType: f.geometry.type, ...f.properties, reports };
      placeOrder.push(f.id);
    }
  }
  const dates = reportingDates(data.reports.map((r) => reportView(r, data)));
  const sources: Record<string, MapSource> = {};
  for (const s of data.sources.values()) sources[s.id] = { citation: citationOf(s), reliability: s.reliability };
  return {
    layers: data.layers.map((l) => ({
      id: l.entry.id,
      title: l.entry.title,
      style: l.entry.style,
      attribution: l.entry.attribution,
      collection: l.collection,
    })),
    base: data.base ?? { type: 'FeatureCollection', features: [] },
    baseAttribution: data.manifest.base?.attribution ?? [],
    places,
    placeOrder,
    sources,
    attributions: data.manifest.attributions,
    dates,
    dateRange: { min: `${dates[0]!.slice(0, 7)}-01`, max: dates.at(-1)! },
  };
}

/**
 * The one to three most relevant reports for a place's pop-up: reports already published on
 * `date` (when given) first, then those that assert something about this place, then those
 * naming fewer places (more about this one), latest first.
 */
export function topReports(place: Pick<MapPlace, 'id' | 'reports'>, max = 3, date?: string): ReportView[] {
  const known = (r: ReportView) => Number(date === undefined || r.reported.date <= date);
  const asserts = (r: ReportView) => Number(r.assertions.some((a) => a.place === place.id));
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

/** The place's status as reported on `date` (default: the latest reporting date). */
export function situationOn(place: Pick<MapPlace, 'id' | 'reports'>, date: string) {
  return statusOn(place.id, place.reports, date);
}
