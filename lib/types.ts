/**
 * Domain types shared by the server data module, the API and the map.
 * Raw files are checked with the zod schemas in lib/schemas.ts; these are the checked shapes.
 */
import type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
import type { Claim } from './claim-schemas';
import type { Correction } from './corrections';
import type { Story } from './stories';
import type { Assertion, BaseProperties, DateInfo, LayerEntry, Manifest, PlaceProperties, Report, Source } from './schemas';

export type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
export type * from './claim-schemas';
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
  /** Every claim in geo/claims.json, checked against the geometry (lib/claims.ts). */
  claims: ClaimView[];
  /** The corrections log, geo/corrections.json, in file order (lib/corrections.ts). */
  corrections: Correction[];
  /** The stories, geo/stories/*.json, in file-name order (lib/stories.ts). */
  stories: Story[];
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
  /** The geographic claims the quote makes, with their map checks (where the view carries them). */
  claims?: ClaimView[];
}

/** The outcome of checking a claim against the map's geometry (lib/claims.ts). */
export type ClaimVerdict = 'consistent' | 'inconsistent' | 'not-checkable';

/** The numbers behind a checked claim. */
export interface ClaimMeasurement {
  /** The lib/geometry function that measured it. */
  function: 'measureDistance' | 'findDirection' | 'findRiverSide' | 'locateInPolygon' | 'locateBetween';
  /** What the numbers are: km (a distance, or a signed distance to an edge, negative inside), degrees (a bearing), or none (banks). */
  unit: 'km' | 'deg' | null;
  /** As drawn. */
  value: number | null;
  /** What the places' precision allows; for bearings, clockwise from the first to the second. */
  range: [number, number] | null;
  /** What the claim's words allow, with their tolerance, in the same unit (null: unbounded on that side). */
  band: [number | null, number | null] | null;
  /** The same three in miles, where the text gives miles. */
  miles: { value: number; range: [number, number]; band: [number | null, number | null] } | null;
  /** One result per place, where a claim is about several (the banks of two places; each possible bridge). */
  parts: { place: string; result: string; value: number | null; range: [number, number] | null; consistent: boolean }[];
}

/** A claim with its check, as the API and the pages show it. */
export interface ClaimView {
  id: string;
  report: string;
  kind: Claim['kind'];
  /** The words checked, verbatim from the report's quote. */
  text: string;
  /** The places involved. */
  places: string[];
  verdict: ClaimVerdict;
  /**
   * For a consistent claim: `whole-range` where everything the precision allows agrees with the
   * words, `part-of-range` where only some of it does. Null otherwise.
   */
  agreement: 'whole-range' | 'part-of-range' | null;
  /** The badge line, e.g. "Map check: … 3.0–7.0 km … — inconsistent with ‘six miles’". */
  summary: string;
  /** How it was measured and judged, one plain sentence per entry. */
  method: string[];
  /** How the claim is read and why its tolerance (from geo/claims.json). */
  note: string;
  /** Why it cannot be checked; null for a checked claim. */
  reason: string | null;
  measurement: ClaimMeasurement | null;
}
