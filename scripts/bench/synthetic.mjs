// Synthetic report points for the scale benchmark (`npm run bench`, part c). Never shipped as data:
// generated in memory from a seeded PRNG, written only into the temporary bench page.
//
// syntheticLayer(n, bbox, seed) returns { layer, places, placeOrder }: a MapData layer (style
// 'bridge', so the client's styleFor works unchanged) of n Point features, each with valid
// PlaceProperties (lib/schemas.ts), and a MapPlace entry per point with no reports.

/** Mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEOMETRY_SOURCE = { method: 'synthetic (bench)', references: ['scripts/bench/synthetic.mjs'], attribution: ['project'] };

/**
 * @param {number} n number of points
 * @param {[number, number, number, number]} bbox [west, south, east, north], lon/lat
 * @param {number} seed
 */
export function syntheticLayer(n, bbox, seed = 7) {
  const [west, south, east, north] = bbox;
  const random = mulberry32(seed);
  const round = (x) => Math.round(x * 1e6) / 1e6; // at most 6 decimals, as the data rules ask
  const features = [];
  const places = {};
  const placeOrder = [];
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-${i}`;
    const name = `Synthetic report ${i}`;
    const properties = { kind: 'bridge', name, name_uk: name, name_ru: name, aliases: [], precision: { type: 'exact' }, geometry_source: GEOMETRY_SOURCE };
    const coordinates = [round(west + random() * (east - west)), round(south + random() * (north - south))];
    features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties });
    places[id] = { id, layer: 'synthetic', geometryType: 'Point', ...properties, reports: [] };
    placeOrder.push(id);
  }
  const layer = { id: 'synthetic', title: `Synthetic reports (${n})`, style: 'bridge', attribution: ['project'], collection: { type: 'FeatureCollection', features } };
  return { layer, places, placeOrder };
}

/** The real /embed page's config with a synthetic layer of n points appended. */
export function withSyntheticLayer(config, n, bbox, seed) {
  const { layer, places, placeOrder } = syntheticLayer(n, bbox, seed);
  const data = config.data;
  return {
    ...config,
    data: { ...data, layers: [...data.layers, layer], places: { ...data.places, ...places }, placeOrder: [...data.placeOrder, ...placeOrder] },
  };
}

/** JSON safe inside <script type="application/json"> (as lib/html.ts jsonForScript). */
export function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
