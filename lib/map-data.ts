/**
 * What the map page sends to the browser: every layer's GeoJSON, each place with its reports and
 * citations, and the sources' reliability notes. Pure; built once per request from GeoData.
 */
import { citationOf, reportsForPlace } from './citations';
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
  /** Every report about the place, in the order of the dates they describe. */
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
}

export function mapDataOf(data: GeoData): MapData {
  const places: Record<string, MapPlace> = {};
  const placeOrder: string[] = [];
  for (const layer of data.layers) {
    for (const f of layer.collection.features) {
      places[f.id] = { id: f.id, layer: layer.entry.id, geometryType: f.geometry.type, ...f.properties, reports: reportsForPlace(f.id, data) };
      placeOrder.push(f.id);
    }
  }
  const sources: Record<string, MapSource> = {};
  for (const s of data.sources.values()) sources[s.id] = { citation: citationOf(s), reliability: s.reliability };
  return {
    layers: data.layers.map((l) => ({ id: l.entry.id, title: l.entry.title, style: l.entry.style, attribution: l.entry.attribution, collection: l.collection })),
    base: data.base ?? { type: 'FeatureCollection', features: [] },
    baseAttribution: data.manifest.base?.attribution ?? [],
    places,
    placeOrder,
    sources,
    attributions: data.manifest.attributions,
  };
}

/**
 * The one to three most relevant reports for a place's pop-up: reports that assert something
 * about this place first, then those naming fewer places (more about this one), latest first.
 */
export function topReports(place: Pick<MapPlace, 'id' | 'reports'>, max = 3): ReportView[] {
  const score = (r: ReportView) => (r.assertions.some((a) => a.place === place.id) ? 10 : 0) - r.places.length;
  return [...place.reports]
    .sort((a, b) => score(b) - score(a) || b.describes.date.localeCompare(a.describes.date) || a.id.localeCompare(b.id))
    .slice(0, max);
}

/** The latest situation reported for a place, as one assertion with its report, if any. */
export function latestSituation(place: Pick<MapPlace, 'id' | 'reports'>) {
  let best: { report: ReportView; assertion: ReportView['assertions'][number]; date: string } | undefined;
  for (const report of place.reports) {
    for (const assertion of report.assertions) {
      if (assertion.place !== place.id) continue;
      const date = (assertion.describes ?? report.describes).date;
      if (!best || date >= best.date) best = { report, assertion, date };
    }
  }
  return best;
}
