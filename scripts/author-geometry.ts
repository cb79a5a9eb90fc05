/**
 * One-off authoring script for the place layers in geo/ (provenance and regeneration only; the
 * build never runs it, and its outputs are committed).
 *
 *   npx tsx scripts/author-geometry.ts
 *
 * Reads the reference extracts in ../shared/reference-geo (relative to the repo root; override
 * with REFERENCE_GEO_DIR) and WRITES:
 *   geo/cities.geojson, geo/facilities.geojson, geo/river.geojson, geo/bridges.geojson,
 *   geo/regions.geojson, geo/base.geojson (the offline base map) and geo/layers.json
 *
 * The reference files are never copied: every line and polygon here is our own simplified
 * derivative (Douglas–Peucker via @turf/simplify, then rounded to 5 decimals with @turf/truncate
 * and rewound to RFC 7946 winding with @turf/rewind). Single points (city centres, the Azot
 * plant, the estimates for the refinery and the bridges) are facts/estimates taken as they are.
 *
 * What each layer is built from:
 *   cities      Lysychansk and Bakhmut: OSM city boundary polygons (osm_settlements.geojson),
 *               simplified; Lysychansk is then cut back 80 m south-west of our river line (the two
 *               were simplified separately and crossed along the north-east edge). Severodonetsk: there is no OSM city polygon in the reference, so a
 *               hand-drawn outline of the built-up area (SEVERODONETSK_OUTLINE below) is clipped to
 *               the Sievierodonetska hromada (osm_hromadas.geojson), kept 500 m clear of the river
 *               course and of the neighbouring settlements' OSM polygons. Kramatorsk and Slovyansk:
 *               reference centre points.
 *   facilities  Reference points (Azot: Wikipedia coordinate; refinery: reference estimate).
 *   river       Natural Earth 10m "Donets" west of 38.037°E + the OSM-boundary-derived course
 *               (osm_donets_course_proxy.geojson) east of it, joined and lightly simplified.
 *   bridges     Reference estimates.
 *   regions     Natural Earth 10m admin-1 Luhansk and Donetsk oblasts, simplified so that their
 *               shared border is simplified once (no slivers or gaps), and Donbas = their union.
 *   base        Offline base map drawn under everything (features without ids, properties per
 *               basePropertiesSchema): the Ukraine–Russia border = the stretches of the simplified
 *               Luhansk/Donetsk outlines that Natural Earth shares with Rostov/Voronezh, clipped to
 *               the reference bbox (lon 36.5–40.0, lat 47.5–49.8); "Ukraine"/"Russia" labels placed
 *               by a clearance search; town labels at the OSM-derived reference points of the towns
 *               that are not project places.
 *
 * The script checks its own outputs (river within 0.5 km / 1 km of the reference course, the
 * Severodonetsk and Lysychansk outlines clear of the river, label points inside polygons, the base
 * border within 1.2 km of the Natural Earth border, file sizes) and exits
 * with an error instead of writing anything if a check fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { baseEntrySchema, basePropertiesSchema, layerEntrySchema, manifestSchema, type BaseProperties, type Manifest } from '../lib/schemas';
import { assert } from './author-geometry/assert';
import { dropRepeats, kmToLines, round5 } from './author-geometry/geometry-helpers';
import type { PlaceFeature } from './author-geometry/place';
import { findFeature, reference } from './author-geometry/reference';
import { TOLERANCES as TOL } from './author-geometry/tolerances';
import { bridgesLayer } from './author-geometry/bridges';
import { checkPlaces } from './author-geometry/check-places';
import { citiesLayer } from './author-geometry/cities';
import { cityOutlines } from './author-geometry/city-outlines';
import { facilitiesLayer } from './author-geometry/facilities';
import { regionsLayer } from './author-geometry/regions';
import { checkRiverLine, riverLayer, riverLine } from './author-geometry/river';

const ROOT = path.resolve(__dirname, '..');
const GEO_DIR = path.join(ROOT, 'geo');

const river = riverLine();
const outlines = cityOutlines(river);
const cities = citiesLayer(outlines);
const facilities = facilitiesLayer();
checkRiverLine(river);
const rivers = riverLayer(river);
const bridges = bridgesLayer();
const regions = regionsLayer();
checkPlaces(cities, regions, outlines, river);

// ---------------------------------------------------------------------------------------------
// Base map (geo/base.geojson): drawn under every layer so the map stays readable with no tile
// server. The Ukraine–Russia border, two country labels and labels for the towns in the reference
// points that are not project places. Features have no ids; properties follow basePropertiesSchema.

/** The reference extracts' extent (README): lon 36.5–40.0, lat 47.5–49.8. */
const BASE_BBOX: [number, number, number, number] = [36.5, 47.5, 40.0, 49.8];

type BaseFeature = Feature<Point | LineString | MultiLineString, BaseProperties>;

function baseFeature(geometry: BaseFeature['geometry'], properties: BaseProperties): BaseFeature {
  return { type: 'Feature', properties: basePropertiesSchema.parse(properties), geometry };
}

/**
 * The Ukraine–Russia state border inside BASE_BBOX, taken from the simplified Luhansk and Donetsk
 * outlines of the regions layer (so the border drawn on the base coincides exactly with those
 * outlines). Which stretches of the outlines are the state border is decided on the Natural Earth
 * rings: an edge of the Luhansk/Donetsk ring is on the border when the same edge is in a Russian
 * (Rostov, Voronezh) ring, or when it is the edge that leaves the bbox next to such a stretch (the
 * Russian oblasts were clipped to the bbox, so that edge has no exact twin). The result is clipped
 * to the bbox with @turf/bbox-clip, which cuts lines and adds no edges along the bbox.
 */
function countryBorder(): MultiLineString {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const edgeKey = (a: Position, b: Position) => `${key(a)}|${key(b)}`;
  const ringsOf = (g: Geometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);
  const ruEdges = new Set<string>();
  for (const f of reference.neOblasts.features.filter((x) => x.properties.adm0_a3 === 'RUS')) {
    for (const r of ringsOf(f.geometry))
      for (let i = 0; i + 1 < r.length; i++) ruEdges.add(edgeKey(r[i]!, r[i + 1]!)).add(edgeKey(r[i + 1]!, r[i]!));
  }
  assert(ruEdges.size > 0, 'the reference has Russian oblasts');
  const inBbox = (p: Position) => p[0]! >= BASE_BBOX[0] && p[0]! <= BASE_BBOX[2] && p[1]! >= BASE_BBOX[1] && p[1]! <= BASE_BBOX[3];

  const chains: Position[][] = [];
  for (const [iso, regionId] of [
    ['UA-09', 'luhansk-region'],
    ['UA-14', 'donetsk-region'],
  ] as const) {
    const orig = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', iso).geometry.coordinates[0]!.slice(0, -1);
    const n = orig.length;
    // Border edges of the original ring (edge i runs from orig[i] to orig[i+1]).
    const onBorder = orig.map((p, i) => ruEdges.has(edgeKey(p, orig[(i + 1) % n]!)));
    const shared = [...onBorder];
    for (let i = 0; i < n; i++) {
      if (shared[i]) continue;
      const a = orig[i]!;
      const b = orig[(i + 1) % n]!;
      const leaves = inBbox(a) !== inBbox(b);
      if (leaves && (shared[(i - 1 + n) % n] || shared[(i + 1) % n])) onBorder[i] = true;
    }
    const outside = orig.map((p, i) => !inBbox(p) && !inBbox(orig[(i + 1) % n]!));

    const region = regions.find((f) => f.id === regionId);
    assert(region && region.geometry.type === 'Polygon', `${regionId} is a polygon`);
    const simp = region.geometry.coordinates[0]!.slice(0, -1);
    const index = new Map(orig.map((p, i) => [key(p), i]));
    const idx = simp.map((p) => index.get(key(p)));
    assert(
      idx.every((i) => i !== undefined),
      `${regionId}: every simplified vertex is a Natural Earth vertex`,
    );
    const m = simp.length;
    const step = (i: number) => (idx[(i + 1) % m]! - idx[i]! + n) % n;
    const forward = simp.filter((_, i) => step(i) < n / 2).length > m / 2;
    // A simplified edge is on the border when every original edge it stands for is a border edge
    // or lies wholly outside the bbox (those parts are clipped away), and at least one is a border edge.
    const simpBorder = simp.map((_, i) => {
      const a = idx[i]!;
      const b = idx[(i + 1) % m]!;
      const spanned: number[] = [];
      for (let j = a; j !== b; j = forward ? (j + 1) % n : (j - 1 + n) % n) spanned.push(forward ? j : (j - 1 + n) % n);
      const kinds = spanned.map((e) => (onBorder[e] ? 'border' : outside[e] ? 'outside' : 'other'));
      if (kinds.includes('border')) assert(!kinds.includes('other'), `${regionId}: simplified edge ${i} mixes border and non-border edges`);
      return kinds.includes('border');
    });
    assert(
      simpBorder.some((v) => !v),
      `${regionId} is not all border`,
    );
    const start = simpBorder.findIndex((v, i) => v && !simpBorder[(i - 1 + m) % m]);
    let chain: Position[] | null = null;
    for (let k = 0; k < m; k++) {
      const i = (start + k) % m;
      if (simpBorder[i]) {
        chain ??= [simp[i]!];
        chain.push(simp[(i + 1) % m]!);
      } else if (chain) {
        chains.push(chain);
        chain = null;
      }
    }
    if (chain) chains.push(chain);
  }

  // Clip to the bbox, round, and join pieces that meet end to end (Luhansk meets Donetsk at the
  // Luhansk–Donetsk–Rostov tripoint).
  let pieces: Position[][] = [];
  for (const c of chains) {
    const clipped = turf.bboxClip(turf.lineString(c), BASE_BBOX).geometry;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.type === 'MultiLineString' ? clipped.coordinates : [];
    for (const p of parts) {
      const r = dropRepeats(p.map(round5));
      if (r.length >= 2) pieces.push(r);
    }
  }
  const same = (a: Position, b: Position) => key(a) === key(b);
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < pieces.length; i++) {
      for (let j = 0; j < pieces.length; j++) {
        if (i === j) continue;
        const a = pieces[i]!;
        let b = pieces[j]!;
        if (same(a[a.length - 1]!, b[b.length - 1]!)) b = [...b].reverse();
        if (same(a[a.length - 1]!, b[0]!)) {
          pieces[i] = [...a, ...b.slice(1)];
          pieces = pieces.filter((_, k) => k !== j);
          merged = true;
          break outer;
        }
      }
    }
  }
  // North to south, each part running north to south.
  pieces = pieces.map((p) => (p[0]![1]! < p[p.length - 1]![1]! ? [...p].reverse() : p)).sort((a, b) => b[0]![1]! - a[0]![1]!);

  // Self-checks: inside the bbox; no stretch along a bbox edge; every Natural Earth border vertex
  // inside the bbox within 1.2 km of our line (Douglas–Peucker at 0.01° moves it at most ~1.1 km).
  const onEdge = (p: Position) => p[0] === BASE_BBOX[0] || p[0] === BASE_BBOX[2] || p[1] === BASE_BBOX[1] || p[1] === BASE_BBOX[3];
  for (const p of pieces) {
    for (const c of p) assert(inBbox(c), `border vertex [${c.join(', ')}] inside the bbox`);
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p[i]!;
      const b = p[i + 1]!;
      assert(!(onEdge(a) && onEdge(b) && (a[0] === b[0] || a[1] === b[1])), 'no border segment runs along the bbox edge');
    }
  }
  let worst = 0;
  for (const e of ruEdges) {
    const [a] = e.split('|');
    const p = a!.split(',').map(Number);
    if (!inBbox(p)) continue;
    // Only vertices of the Ukrainian rings (Rostov–Voronezh edges are not the state border).
    const isUa = ['UA-09', 'UA-14'].some((iso) =>
      findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', iso).geometry.coordinates[0]!.some((q) => key(q) === key(p)),
    );
    if (isUa) worst = Math.max(worst, kmToLines(p, pieces));
  }
  assert(worst > 0 && worst <= 1.2, `Natural Earth border within 1.2 km of our line (worst ${worst.toFixed(2)} km)`);
  const km = pieces.reduce((a, p) => a + turf.length(turf.lineString(p), { units: 'kilometers' }), 0);
  console.log(
    `base border: ${pieces.length} parts, ${pieces.reduce((a, p) => a + p.length, 0)} vertices, ${km.toFixed(0)} km, worst offset ${worst.toFixed(2)} km`,
  );
  return { type: 'MultiLineString', coordinates: pieces };
}

const border = countryBorder();

interface TownLabel {
  id: string;
  rank: 1 | 2 | 3;
}

/** Reference points that are towns/villages but not project places (those are in cities.geojson). */
const TOWN_LABELS: TownLabel[] = [
  { id: 'luhansk', rank: 1 },
  { id: 'donetsk', rank: 1 },
  { id: 'rubizhne', rank: 2 },
  { id: 'kreminna', rank: 2 },
  { id: 'popasna', rank: 2 },
  { id: 'siversk', rank: 2 },
  { id: 'soledar', rank: 2 },
  { id: 'bilohorivka', rank: 3 },
  { id: 'pryvillia', rank: 3 },
  { id: 'novodruzhesk', rank: 3 },
  { id: 'vovchoiarivka', rank: 3 },
  { id: 'maloriazantseve', rank: 3 },
  { id: 'syrotyne', rank: 3 },
  { id: 'borivske', rank: 3 },
  { id: 'metolkine', rank: 3 },
];

function townLabels(): BaseFeature[] {
  const projectNames = new Set(
    cities.flatMap((c) => [c.properties.name, c.properties.name_uk, ...c.properties.aliases].map((s) => s.toLowerCase())),
  );
  return TOWN_LABELS.map(({ id, rank }) => {
    const f = findFeature<Point>(reference.points, 'id', id);
    const name = String(f.properties.name).replace(/\s*\(.*\)\s*$/, '');
    const nameUk = String(f.properties.name_uk);
    assert(!projectNames.has(name.toLowerCase()) && !projectNames.has(nameUk.toLowerCase()), `${name} is not a project place`);
    assert(String(f.properties.source).includes('OSM'), `${name}: the reference coordinate is OSM-derived (attribution)`);
    return baseFeature(
      { type: 'Point', coordinates: round5(f.geometry.coordinates) },
      {
        kind: 'town-label',
        name,
        name_uk: nameUk,
        rank,
        source: `Reference point "${id}" in reference-geo/reference_points.geojson: ${String(f.properties.source)} (© OpenStreetMap contributors, ODbL).`,
      },
    );
  });
}

const towns = townLabels();

/**
 * A country label point: on a 0.02° grid over the given (reference) oblasts clipped to the bbox less
 * 0.1°, the point farthest from the border line, the bbox edges and the other labels (clearance
 * capped at 40 km, then the grid point nearest the border among the tied ones: the label stays
 * close to the border it explains).
 */
function countryLabelPoint(isos: string[], avoid: Position[]): [number, number] {
  const polys = isos.map((iso) => findFeature<Polygon | MultiPolygon>(reference.neOblasts, 'iso_3166_2', iso).geometry);
  const [w, s, e, n] = BASE_BBOX;
  const inset = 0.1;
  const CAP_KM = 40;
  let best: { p: [number, number]; score: number; toBorder: number } | null = null;
  for (let lon = w + inset; lon <= e - inset + 1e-9; lon += 0.02) {
    for (let lat = s + inset; lat <= n - inset + 1e-9; lat += 0.02) {
      const p = round5([lon, lat]);
      if (!polys.some((g) => turf.booleanPointInPolygon(p, g))) continue;
      const toBorder = kmToLines(p, border.coordinates);
      const toEdge = Math.min(
        turf.distance(p, [w, p[1]]),
        turf.distance(p, [e, p[1]]),
        turf.distance(p, [p[0], s]),
        turf.distance(p, [p[0], n]),
      );
      const toLabels = Math.min(Infinity, ...avoid.map((a) => turf.distance(p, a)));
      const score = Math.min(CAP_KM, toBorder, toEdge, toLabels);
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && toBorder < best.toBorder))
        best = { p, score, toBorder };
    }
  }
  assert(best && best.score >= 10, `a country label point with at least 10 km clearance in ${isos.join(', ')}`);
  console.log(
    `country label in ${isos.join('/')}: [${best.p.join(', ')}], ${best.score.toFixed(1)} km clear, ${best.toBorder.toFixed(1)} km from the border`,
  );
  return best.p;
}

function countryLabels(): BaseFeature[] {
  const avoid: Position[] = [
    ...towns.map((t) => (t.geometry as Point).coordinates),
    ...cities.map((c) => (c.geometry.type === 'Point' ? c.geometry.coordinates : c.properties.label_point!)),
  ];
  const method = (where: string) =>
    `Label point placed by the project inside the Natural Earth 1:10m admin-1 outlines of ${where} (reference-geo/ne10m_admin1_oblasts.geojson), clipped to the map area: the point of a 0.02° grid farthest (up to 40 km) from the border line, the map edges and the town labels.`;
  return [
    baseFeature(
      { type: 'Point', coordinates: countryLabelPoint(['UA-09', 'UA-14'], avoid) },
      { kind: 'country-label', name: 'Ukraine', name_uk: 'Україна', rank: 1, source: method('the Luhansk and Donetsk oblasts') },
    ),
    baseFeature(
      { type: 'Point', coordinates: countryLabelPoint(['RU-ROS', 'RU-VOR'], avoid) },
      { kind: 'country-label', name: 'Russia', name_uk: 'Росія', rank: 1, source: method('the Rostov and Voronezh oblasts') },
    ),
  ];
}

const baseFeatures: BaseFeature[] = [
  baseFeature(border, {
    kind: 'country-border',
    name: 'Ukraine–Russia border',
    rank: 1,
    source: `Natural Earth 1:10m admin-1 states/provinces (reference-geo/ne10m_admin1_oblasts.geojson): the stretch of the Luhansk (UA-09) and Donetsk (UA-14) outlines shared with the Rostov and Voronezh oblasts, taken from the regions layer's simplified outlines (Douglas–Peucker at ${TOL.region}°, 5 decimals) and clipped to lon ${BASE_BBOX[0]}–${BASE_BBOX[2]}, lat ${BASE_BBOX[1]}–${BASE_BBOX[3]}. Made with Natural Earth.`,
  }),
  ...countryLabels(),
  ...towns,
];

// ---------------------------------------------------------------------------------------------
// Writing

/** Pretty JSON with each geometry's coordinates on one line (keeps files small and diffable). */
function layerJson(features: PlaceFeature[]): string {
  const coords: string[] = [];
  const fc = {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const g = f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>;
      coords.push(JSON.stringify(g.coordinates));
      return { type: 'Feature', id: f.id, properties: f.properties, geometry: { type: g.type, coordinates: `@@COORDS${coords.length - 1}@@` } };
    }),
  };
  return `${JSON.stringify(fc, null, 2).replace(/"@@COORDS(\d+)@@"/g, (_, i: string) => coords[Number(i)]!)}\n`;
}

const attributionKeys = (fs_: PlaceFeature[]) => {
  const order = ['osm', 'natural-earth', 'project'] as const;
  const used = new Set(fs_.flatMap((f) => f.properties.geometry_source.attribution));
  return order.filter((k) => used.has(k));
};

const layers = [
  {
    id: 'cities',
    title: 'Cities',
    description:
      'City extents of Lysychansk, Severodonetsk and Bakhmut (Severodonetsk approximate), and centre points of Kramatorsk and Slovyansk.',
    file: 'cities.geojson',
    style: 'city',
    features: cities,
  },
  {
    id: 'facilities',
    title: 'Industrial sites',
    description: 'The Lysychansk oil refinery (estimated position) and the Azot chemical plant in Severodonetsk (site centre).',
    file: 'facilities.geojson',
    style: 'facility',
    features: facilities,
  },
  {
    id: 'river',
    title: 'Siverskyi Donets river',
    description:
      'The Siverskyi Donets from 37.9°E to 38.9°E, past Siversk and between Lysychansk and Severodonetsk (course accurate to a few hundred metres).',
    file: 'river.geojson',
    style: 'river',
    features: rivers,
  },
  {
    id: 'bridges',
    title: 'Bridges',
    description: 'The three road bridges between Lysychansk and Severodonetsk, at estimated positions.',
    file: 'bridges.geojson',
    style: 'bridge',
    features: bridges,
  },
  {
    id: 'regions',
    title: 'Regions',
    description: 'Luhansk and Donetsk regions (oblasts) and the Donbas they make up, generalised outlines.',
    file: 'regions.geojson',
    style: 'region',
    features: regions,
  },
] as const;

/** Pretty JSON for the base map: features have no ids; each geometry's coordinates on one line. */
function baseJson(features: BaseFeature[]): string {
  const coords = features.map((f) => JSON.stringify(f.geometry.coordinates));
  const fc = {
    type: 'FeatureCollection',
    features: features.map((f, i) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: f.geometry.type, coordinates: `@@COORDS${i}@@` },
    })),
  };
  return `${JSON.stringify(fc, null, 2).replace(/"@@COORDS(\d+)@@"/g, (_, i: string) => coords[Number(i)]!)}\n`;
}

const BASE_FILE = 'base.geojson';

const manifest: Manifest = manifestSchema.parse({
  layers: layers.map(({ features, ...entry }) => layerEntrySchema.parse({ ...entry, attribution: attributionKeys([...features]) })),
  // The border and the country labels come from Natural Earth; the town points are OSM-derived nodes.
  base: baseEntrySchema.parse({ file: BASE_FILE, attribution: ['natural-earth', 'osm'] }),
  attributions: {
    osm: { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright', licence: 'ODbL 1.0' },
    'natural-earth': { text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'Public domain' },
    project: {
      text: 'Front-line map project (estimates from news reports)',
      url: 'https://github.com/frontline-map/frontline-map',
      licence: 'CC BY 4.0',
    },
  },
});

const baseText = baseJson(baseFeatures);
assert(Buffer.byteLength(baseText) < 15_000, `${BASE_FILE} stays under 15 KB`);

fs.mkdirSync(GEO_DIR, { recursive: true });
let total = 0;
for (const layer of layers) {
  const text = layerJson([...layer.features]);
  assert(Buffer.byteLength(text) < 30_000, `${layer.file} stays under 30 KB`);
  fs.writeFileSync(path.join(GEO_DIR, layer.file), text);
  total += Buffer.byteLength(text);
  console.log(`wrote geo/${layer.file} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${layer.features.length} features)`);
}
fs.writeFileSync(path.join(GEO_DIR, BASE_FILE), baseText);
console.log(`wrote geo/${BASE_FILE} (${(Buffer.byteLength(baseText) / 1024).toFixed(1)} KB, ${baseFeatures.length} features)`);
fs.writeFileSync(path.join(GEO_DIR, 'layers.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote geo/layers.json; layer files total ${(total / 1024).toFixed(1)} KB`);
