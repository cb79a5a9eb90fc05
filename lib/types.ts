/**
 * Domain types shared by the server data module, the API and the map.
 * Raw files are checked with the zod schemas in lib/schemas.ts; these are the checked shapes.
 */
import type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
import type { Claim } from './claim-schemas';
import type { CompassPoint } from './geometry/compass-point';
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

/** A place a map check names, with its names in both languages, so that its line can be worded without the place list. */
export interface CheckedPlace {
  id: string;
  name: string;
  name_uk: string;
}

/** The bank a place is on, as a river-side check found it (lib/geometry/find-river-side.ts). */
export interface CheckedBank {
  place: CheckedPlace;
  /** On one bank; on the line itself; or either, where the precision reaches the line. */
  side: 'left' | 'right' | 'on-line' | 'uncertain';
  /** The bank as drawn, whatever the precision (null on the line). */
  drawn_side: 'left' | 'right' | null;
  /** The compass side of the drawn bank, on 8 points. */
  compass: CompassPoint | null;
}

/**
 * What a map check measured, as the badge's line gives it: figures in km rounded to tenths and
 * bearings to whole degrees, as shown, so that each language prints the same numbers (through
 * Intl). `words` is the claim's stated words, verbatim English. A range whose two ends are equal is
 * one figure.
 */
export type ClaimFinding =
  | {
      kind: 'distance';
      words: string;
      from: CheckedPlace;
      to: CheckedPlace;
      between: 'centres' | 'edges';
      km: [number, number];
      /** The same range in miles, where the words give miles. */
      miles: [number, number] | null;
    }
  | {
      kind: 'direction';
      words: string;
      from: CheckedPlace;
      to: CheckedPlace;
      /** Whole degrees, clockwise from the first to the second (across north where the second is smaller); null: any bearing. */
      bearings: [number, number] | null;
      compass: [CompassPoint, CompassPoint] | null;
    }
  | { kind: 'river-side'; words: string; river: CheckedPlace; banks: [CheckedBank, CheckedBank] }
  | {
      kind: 'containment';
      words: string;
      subject: CheckedPlace;
      container: CheckedPlace;
      /** Where the subject is drawn against the outline, and how far from its edge (km, never negative). */
      relation: 'inside' | 'on-edge' | 'outside';
      edge_km: number;
      /** Signed distances to the edge that the precision allows (negative inside). */
      range_km: [number, number];
    }
  | {
      kind: 'relative-position';
      words: string;
      /** The best-fitting subject. */
      subject: CheckedPlace;
      ends: [CheckedPlace, CheckedPlace];
      offset_km: number;
      range_km: [number, number];
    }
  | {
      kind: 'not-checkable';
      /** The first sentence of the claim's reason (the project's words, in English). */
      reason: string;
    };

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
  /**
   * What the check found, in parts (the kind, the places, the figures as the badge shows them, the
   * words checked): the badge's line ("Map check: … 3.0–7.0 km … — inconsistent with ‘six
   * miles’") is worded from them in the reader's language (lib/claim-words.ts).
   */
  finding: ClaimFinding;
  /**
   * How it was measured, one plain sentence per entry, in English (written at build). The sentence
   * on the verdict that ends it on the page is worded from `verdict` and `agreement` in the
   * reader's language (lib/claim-words.ts verdictText).
   */
  method: string[];
  /** How the claim is read and why its tolerance (from geo/claims.json). */
  note: string;
  /** Why it cannot be checked; null for a checked claim. */
  reason: string | null;
  measurement: ClaimMeasurement | null;
}
