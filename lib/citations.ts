/**
 * Pure reshaping of checked data into what the API and the pages show: citations, reports with
 * their citation, excerpts. No full source text ever leaves these functions.
 */
import bbox from '@turf/bbox';
import type { BBox, Citation, GeoData, Layer, ReportView, SourceRecord } from './types';
import type { DateInfo, Report } from './schemas';

/** The citation shown with every quote from `source`. */
export function citationOf(source: SourceRecord): Citation {
  return {
    source_id: source.id,
    outlet: source.outlet,
    title: source.title,
    byline: source.byline,
    original: source.original ?? null,
    published: source.published,
    url: source.urls.original ?? source.urls.copy,
    copy_url: source.urls.copy,
    url_is_copy: source.urls.original === null,
    type: source.type,
  };
}

/** Orders dates as the reporting gives them; ties keep their order. */
export function compareDateInfo(a: DateInfo, b: DateInfo): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** One report with its source's citation and the date it was reported. */
export function reportView(report: Report, data: GeoData): ReportView {
  const source = data.sources.get(report.source);
  if (!source) throw new Error(`report ${report.id}: unknown source ${report.source}`);
  return {
    id: report.id,
    quote: report.quote,
    places: report.places,
    describes: report.describes,
    reported: source.published,
    assertions: report.assertions,
    citation: citationOf(source),
  };
}

/** Every report about `placeId`, in the order of the dates they describe, then by id. */
export function reportsForPlace(placeId: string, data: GeoData): ReportView[] {
  return data.reports
    .filter((r) => r.places.includes(placeId))
    .map((r) => reportView(r, data))
    .sort((a, b) => compareDateInfo(a.describes, b.describes) || a.id.localeCompare(b.id));
}

/** A layer's entry in the index served by GET /api/layers. */
export function layerSummary(layer: Layer, data: GeoData) {
  const box: BBox = layer.collection.features.length ? bbox(layer.collection) : [0, 0, 0, 0];
  return {
    id: layer.entry.id,
    title: layer.entry.title,
    description: layer.entry.description,
    feature_count: layer.collection.features.length,
    bbox: box.map((n) => Math.round(n * 1e6) / 1e6),
    attribution: layer.entry.attribution.map((key) => ({ key, ...data.manifest.attributions[key]! })),
    url: `/api/layers/${layer.entry.id}`,
  };
}

/** A place with its names, geometry, every report about it, and the claims those reports make with their map checks. */
export function placeView(placeId: string, data: GeoData) {
  const entry = data.places.get(placeId);
  if (!entry) return undefined;
  const { feature, layerId } = entry;
  const reports = reportsForPlace(placeId, data);
  const reportIds = new Set(reports.map((r) => r.id));
  return {
    id: feature.id,
    layer: layerId,
    ...feature.properties,
    geometry: feature.geometry,
    reports,
    claims: data.claims.filter((c) => reportIds.has(c.report)),
  };
}

/** A source's citation metadata and the excerpts quoted from it; never the full text. */
export function sourceView(source: SourceRecord, data: GeoData) {
  const { text: _fullText, text_file: _file, ...meta } = source;
  return {
    ...meta,
    citation: citationOf(source),
    excerpts: data.reports
      .filter((r) => r.source === source.id)
      .map((r) => ({ report_id: r.id, quote: r.quote, places: r.places, describes: r.describes })),
  };
}
