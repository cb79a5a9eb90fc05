// Synthetic report points for the scale benchmark (`npm run bench`, part c) and the bulk layer's
// browser test (tests/e2e/bulk-points.spec.ts). Never shipped as data: generated in memory from a
// seeded PRNG, written only into the temporary bench pages or a test's intercepted page.
import bbox from '@turf/bbox';
import { type EmbedData, embedDataOf, isBulkLayer } from '../../lib/bulk-points';
import type { MapData, MapLayer, MapPlace, ReportedPlace } from '../../lib/map-data';
import type { PlaceLook } from '../../lib/styles';
import type { PlaceFeature, PlaceProperties } from '../../lib/types';

/** [west, south, east, north], lon/lat. */
export type BBox2 = [number, number, number, number];

/** Mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEOMETRY_SOURCE: PlaceProperties['geometry_source'] = {
  method: 'synthetic (bench)',
  references: ['scripts/bench/synthetic.ts'],
  attribution: ['project'],
};

/**
 * A MapData layer (style 'bridge', so the client's styleFor works unchanged) of n Point features,
 * each with valid PlaceProperties (lib/schemas.ts), and a MapPlace per point with no reports:
 * what lib/map-data.ts would make of such a layer file.
 */
export function syntheticLayer(
  n: number,
  area: BBox2,
  seed = 7,
): { layer: MapLayer; places: Record<string, ReportedPlace>; looks: Record<string, PlaceLook>; placeOrder: string[] } {
  const [west, south, east, north] = area;
  const random = mulberry32(seed);
  const round = (x: number) => Math.round(x * 1e6) / 1e6; // at most 6 decimals, as the data rules ask
  const features: PlaceFeature[] = [];
  const places: Record<string, ReportedPlace> = {};
  const looks: Record<string, PlaceLook> = {};
  const placeOrder: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-${i}`;
    const name = `Synthetic report ${i}`;
    const properties: PlaceProperties = {
      kind: 'bridge',
      name,
      name_uk: name,
      name_ru: name,
      aliases: [],
      precision: { type: 'exact' },
      geometry_source: GEOMETRY_SOURCE,
    };
    const coordinates = [round(west + random() * (east - west)), round(south + random() * (north - south))];
    features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties });
    // No reports, so no reporting file: the URL is never asked for.
    // As lib/map-data.ts: the map never shows geometry_source; search's names are in a file of their own.
    const { geometry_source: _, name_ru: _ru, aliases: _aliases, ...shown } = properties;
    places[id] = { id, layer: 'synthetic', geometryType: 'Point', ...shown, reports: [], reporting: '' };
    looks[id] = { control: null, claimed: false, active: false, stale: false };
    placeOrder.push(id);
  }
  const layer: MapLayer = {
    id: 'synthetic',
    title: `Synthetic reports (${n})`,
    title_uk: `Синтетичні повідомлення (${n})`,
    style: 'bridge',
    attribution: ['project'],
    collection: { type: 'FeatureCollection', features },
  };
  return { layer, places, looks, placeOrder };
}

/** The battle area: the bounding box of every layer but the regions. */
export function battleArea(data: Pick<MapData, 'layers'>): BBox2 {
  const boxes = data.layers.filter((l) => l.style !== 'region').map((l) => bbox(l.collection as GeoJSON.FeatureCollection));
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/**
 * The map's data file with a synthetic layer of n points appended, through the same encoder the
 * build uses (lib/bulk-points.ts embedDataOf): above BULK_POINTS it goes in bulk form.
 * @param file the map's data file of our data (which has no bulk layer)
 */
export function withSyntheticLayer<P extends MapPlace>(file: EmbedData<P>, n: number, seed: number): EmbedData<P> {
  const layers = file.layers.map((l) => {
    if (isBulkLayer(l)) throw new Error(`withSyntheticLayer: the data already has a bulk layer (${l.id})`);
    return l;
  });
  const data: MapData<P> = { ...file, layers };
  const { layer, places, looks, placeOrder } = syntheticLayer(n, battleArea(data), seed);
  // embedDataOf reads the reports of a bulk layer's places only: the synthetic ones, which have
  // theirs (none). The file's own places pass through as they came, with their reports or without.
  const joined = { ...data, layers: [...layers, layer], places: { ...data.places, ...places }, looks: { ...data.looks, ...looks } };
  return embedDataOf({ ...joined, placeOrder: [...data.placeOrder, ...placeOrder] } as MapData<ReportedPlace>) as unknown as EmbedData<P>;
}
