/**
 * Domain types shared by the server data module, the API and the map.
 * Raw files are checked with the zod schemas in lib/schemas.ts; these are the checked shapes.
 */
import type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
import type { Assertion, Attribution, BaseProperties, DateInfo, LayerEntry, Manifest, PlaceProperties, Report, Source } from './schemas';

export type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
export type * from './schemas';

/** A place: a GeoJSON feature with a string id and checked properties. */
export type PlaceFeature = Feature<Geometry, PlaceProperties> & { id: string };
export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
  bbox?: BBox;
}

/** The offline base map: borders and labels (geo/base.geojson). */
export type BaseCollection = FeatureCollection<Geometry, BaseProperties>;

export interface Layer {
  entry: LayerEntry;
  collection: PlaceCollection;
}

export interface SourceRecord extends Source {
  /** The full text as supplied; used to verify quotes, never served whole. */
  text: string;
}

/** Everything in geo/, checked. */
export interface GeoData {
  manifest: Manifest;
  layers: Layer[];
  base?: BaseCollection;
  places: Map<string, { feature: PlaceFeature; layerId: string }>;
  sources: Map<string, SourceRecord>;
  reports: Report[];
}

/** How a report's source is cited wherever a quote is shown. */
export interface Citation {
  source_id: string;
  outlet: string;
  title: string;
  byline: string | null;
  original: { outlet: string; title: string; byline: string; date?: DateInfo } | null;
  published: DateInfo;
  /** The best link: the original article where known, else the copy the text matches. */
  url: string;
  copy_url: string;
  /** True where the original article's address is not known and `url` is the copy. */
  url_is_copy: boolean;
  type: Source['type'];
}

export interface ReportView {
  id: string;
  quote: string;
  places: string[];
  /** The date the passage describes. */
  describes: DateInfo;
  /** The date it was reported: the source's publication date. */
  reported: DateInfo;
  assertions: Assertion[];
  citation: Citation;
}

export type AttributionView = Attribution & { key: string };
