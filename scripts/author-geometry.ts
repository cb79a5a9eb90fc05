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
import { dropRepeats, finish, kmToLines, labelFor, round5 } from './author-geometry/geometry-helpers';
import { type PlaceFeature, place } from './author-geometry/place';
import { findFeature, proxyLine, proxySamples, reference, refPoint, refText } from './author-geometry/reference';
import { TOLERANCES as TOL } from './author-geometry/tolerances';

const ROOT = path.resolve(__dirname, '..');
const GEO_DIR = path.join(ROOT, 'geo');

/** Where the Natural Earth Donets hands over to the OSM-boundary course (README: proxy starts at 38.037°E). */
const RIVER_HANDOVER_LON = 38.037;
/** Western end of our river line: the Natural Earth course is taken from the first vertex west of this. */
const RIVER_WEST_LON = 37.9;
/** How far Lysychansk's river-side edge is kept from our river line (it lies on the south-west bank). */
const LYSYCHANSK_RIVER_CLEARANCE_KM = 0.08;

/**
 * Hand-drawn outline (lon, lat) of Severodonetsk's built-up area: the street grid and the Azot
 * industrial zone on the north-east (left) bank, drawn around the centre (38.4936, 48.9479) to
 * stop short of the separate villages Pavlohrad, Lisna Dacha and Syrotyne to the south, Metolkine
 * to the east and Rubizhne to the north-west. About 7 km across. It is then clipped as described
 * above, so the exact vertices below only matter where they are not clipped.
 */
const SEVERODONETSK_OUTLINE: Position[] = [
  [38.448, 48.935],
  [38.47, 48.927],
  [38.484, 48.927],
  [38.505, 48.928],
  [38.528, 48.933],
  [38.535, 48.95],
  [38.53, 48.968],
  [38.505, 48.985],
  [38.475, 48.988],
  [38.452, 48.978],
  [38.44, 48.955],
  [38.448, 48.935],
];

const OSM_REF = 'reference-geo/osm_settlements.geojson';

// --- cities ---------------------------------------------------------------------------------

function osmCity(nameEn: string, tolerance: number): { geometry: Polygon; osmId: string } {
  const f = findFeature<Polygon | MultiPolygon>(reference.settlements, 'name_en', nameEn);
  const g = finish(f.geometry, tolerance);
  assert(g.type === 'Polygon', `${nameEn} simplifies to a single polygon`);
  return { geometry: g, osmId: String(f.properties.osm_id) };
}

// Our own river line (built in the river section below; needed here to clip Lysychansk).
const river = riverLine();

/**
 * The OSM Lysychansk boundary follows the river on its north-east side, but it and our river line
 * were simplified separately, so they cross each other a dozen times by 100–200 m. Cut the city
 * back to the south-west (right) bank: remove a LYSYCHANSK_RIVER_CLEARANCE_KM buffer of our river
 * line, drop the slivers left on the north-east bank, and lightly re-simplify (tolerance well under
 * the clearance, so the edge cannot reach the river again).
 */
function clipToRightBank(city: Polygon, centre: Position): Polygon {
  const buffer = turf.buffer(turf.lineString(river.coordinates), LYSYCHANSK_RIVER_CLEARANCE_KM, {
    units: 'kilometers',
    steps: 4,
  }) as Feature<Polygon>;
  const cut = turf.difference(turf.featureCollection([turf.feature(city), buffer]));
  assert(cut, 'Lysychansk survives clipping to the right bank');
  const parts: Position[][][] = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
  const keep = parts.filter((p) => turf.booleanPointInPolygon(centre, turf.polygon(p)));
  assert(keep.length === 1, 'exactly one part of Lysychansk contains its centre');
  const kept = turf.polygon(keep[0]!);
  const dropped = parts.filter((p) => p !== keep[0]).reduce((a, p) => a + turf.area(turf.polygon(p)), 0);
  assert(dropped <= 0.02 * turf.area(city), `clipping drops at most 2% of Lysychansk (${(dropped / 1e6).toFixed(2)} km²)`);
  const g = finish(kept.geometry, TOL.cityClip);
  assert(g.type === 'Polygon' && turf.booleanValid(g), 'clipped Lysychansk is a valid polygon');
  assert(!turf.booleanIntersects(turf.feature(g), turf.lineString(river.coordinates)), 'clipped Lysychansk does not touch the river');
  console.log(
    `lysychansk: clipped to the right bank, ${(dropped / 1e6).toFixed(2)} km² dropped on the left bank, ${g.coordinates[0]!.length} vertices`,
  );
  return g;
}

const lysychanskOsm = osmCity('Lysychansk', TOL.city);
const lysychansk = { ...lysychanskOsm, geometry: clipToRightBank(lysychanskOsm.geometry, refPoint('lysychansk')) };
const bakhmut = osmCity('Bakhmut', TOL.city);

function severodonetskOutline(): Polygon {
  const hromada = findFeature<Polygon | MultiPolygon>(reference.hromadas, 'name_en', 'Sievierodonetska urban hromada');
  let shape: Feature<Polygon | MultiPolygon> | null = turf.intersect(
    turf.featureCollection([turf.polygon([SEVERODONETSK_OUTLINE]), turf.feature(hromada.geometry)]),
  );
  assert(shape, 'Severodonetsk outline overlaps its hromada');
  const keepOut: Feature<Polygon | MultiPolygon>[] = [turf.buffer(proxyLine, 0.5, { units: 'kilometers' }) as Feature<Polygon>];
  for (const name of ['Lysychansk', 'Pavlohrad', 'Lisna Dacha', 'Syrotyne', 'Metolkine', 'Rubizhne']) {
    keepOut.push(
      turf.buffer(findFeature<Polygon | MultiPolygon>(reference.settlements, 'name_en', name), 0.2, { units: 'kilometers' }) as Feature<
        Polygon | MultiPolygon
      >,
    );
  }
  for (const k of keepOut) {
    shape = turf.difference(turf.featureCollection([shape!, k]));
    assert(shape, 'Severodonetsk outline survives clipping');
  }
  const g = finish(shape!.geometry, TOL.severodonetsk);
  assert(g.type === 'Polygon', 'Severodonetsk outline is one polygon');
  return g;
}

const severodonetsk = severodonetskOutline();

const cities: PlaceFeature[] = [
  place('lysychansk', lysychansk.geometry, {
    kind: 'city',
    name: 'Lysychansk',
    name_uk: 'Лисичанськ',
    name_ru: 'Лисичанск',
    aliases: ["Lysychans'k", 'Lisichansk', 'Lisitschansk', 'Lyssytchansk'],
    precision: { type: 'exact' },
    label_point: round5(refPoint('lysychansk')),
    geometry_source: {
      method: `OSM administrative boundary (admin_level 9) of Lysychansk city, simplified with Douglas–Peucker at ${TOL.city}° and rounded to 5 decimals; the boundary is the city limits, which take in industrial and outlying land. Where the boundary follows the river on the north-east, it is cut back to ${LYSYCHANSK_RIVER_CLEARANCE_KM * 1000} m south-west of the project's river line (the two were simplified separately and crossed), then re-simplified at ${TOL.cityClip}°. Label point: OSM admin_centre node 337582086.`,
      references: [
        `${OSM_REF} (OSM ${lysychansk.osmId})`,
        'reference-geo/osm_donets_course_proxy.geojson (via the river layer)',
        'reference-geo/reference_points.geojson (lysychansk)',
      ],
      attribution: ['osm'],
    },
  }),
  place('severodonetsk', severodonetsk, {
    kind: 'city',
    name: 'Severodonetsk',
    name_uk: 'Сєвєродонецьк',
    name_ru: 'Северодонецк',
    aliases: ['Sievierodonetsk', 'Syevyerodonetsk', 'Sieverodonetsk', 'Sjewjerodonezk'],
    precision: {
      type: 'approximate',
      radius_m: 1500,
      note: 'The outline is an approximation drawn by the project around the city centre: the reference data has no OSM boundary for the city itself. It is clipped to the Sievierodonetska hromada, kept on the north-east (left) bank at least 500 m from the river and off the neighbouring villages; the real edge of the built-up area may lie up to about 1.5 km from it.',
    },
    label_point: round5(refPoint('sievierodonetsk')),
    geometry_source: {
      method: `Hand-drawn outline of the built-up area around the centre (OSM admin_centre node 337579368), intersected with the OSM Sievierodonetska hromada (admin_level 7) boundary, minus a 500 m buffer of the river course and 200 m buffers of the Lysychansk, Pavlohrad, Lisna Dacha, Syrotyne, Metolkine and Rubizhne OSM boundaries, simplified at ${TOL.severodonetsk}°.`,
      references: [
        'reference-geo/osm_hromadas.geojson (OSM relation/13639201, Sievierodonetska urban hromada)',
        'reference-geo/osm_donets_course_proxy.geojson',
        `${OSM_REF} (neighbouring settlements)`,
        'reference-geo/reference_points.geojson (sievierodonetsk)',
      ],
      attribution: ['osm', 'project'],
    },
  }),
  place('bakhmut', bakhmut.geometry, {
    kind: 'city',
    name: 'Bakhmut',
    name_uk: 'Бахмут',
    name_ru: 'Бахмут',
    aliases: ['Artemivsk', 'Artyomovsk', 'Artemovsk', 'Bachmut', 'Артемівськ', 'Артёмовск'],
    precision: { type: 'exact' },
    label_point: round5(refPoint('bakhmut')),
    geometry_source: {
      method: `OSM administrative boundary (admin_level 10) of Bakhmut, simplified with Douglas–Peucker at ${TOL.city}° and rounded to 5 decimals. Label point: en.wikipedia coordinate 48°35′41″N 38°0′3″E.`,
      references: [`${OSM_REF} (OSM ${bakhmut.osmId})`, 'reference-geo/reference_points.geojson (bakhmut)'],
      attribution: ['osm'],
    },
  }),
  place(
    'kramatorsk',
    { type: 'Point', coordinates: round5(refPoint('kramatorsk')) },
    {
      kind: 'city',
      name: 'Kramatorsk',
      name_uk: 'Краматорськ',
      name_ru: 'Краматорск',
      aliases: ["Kramators'k"],
      precision: { type: 'exact' },
      geometry_source: {
        method: 'City centre point as given by Wikipedia (48°44′21″N 37°35′2″E); OSM admin_centre node 274929523 lies within 50 m.',
        references: ['reference-geo/reference_points.geojson (kramatorsk)'],
        attribution: ['project'],
      },
    },
  ),
  place(
    'slovyansk',
    { type: 'Point', coordinates: round5(refPoint('sloviansk')) },
    {
      kind: 'city',
      name: 'Slovyansk',
      name_uk: "Слов'янськ",
      name_ru: 'Славянск',
      aliases: ['Sloviansk', 'Slavyansk'],
      precision: {
        type: 'approximate',
        radius_m: 1500,
        note: 'City centre point from Wikipedia (48°51′12″N 37°37′30″E); the OSM admin_centre node lies about 1.4 km to the west, so the centre is uncertain by about that much.',
      },
      geometry_source: {
        method: 'City centre point as given by Wikipedia (48°51′12″N 37°37′30″E).',
        references: ['reference-geo/reference_points.geojson (sloviansk)'],
        attribution: ['project'],
      },
    },
  ),
];

// --- facilities -----------------------------------------------------------------------------

const facilities: PlaceFeature[] = [
  place(
    'lysychansk-refinery',
    { type: 'Point', coordinates: round5(refPoint('lysychansk_refinery')) },
    {
      kind: 'facility',
      name: 'Lysychansk oil refinery',
      name_uk: 'Лисичанський НПЗ',
      name_ru: 'Лисичанский НПЗ',
      aliases: ['LINIK', 'Linik refinery', 'Lisichansk refinery', 'Lysychansk refinery', '«ЛИНИК»', '«Линик»'],
      precision: {
        type: 'approximate',
        radius_m: 2000,
        note: 'Estimated position, not a surveyed site: the Ukrainian General Staff (28 June 2022, via ukranews) said the refinery is "located southwest of the city", and Tagesspiegel (30 June 2022, citing the General Staff) put it about 7 km west of the city; the OSM Lysychansk city boundary sends a narrow western arm towards this area. No OSM outline or Wikipedia coordinate of the refinery was found. It lies on the right (south-west) bank, inside the Lysychanska hromada.',
      },
      geometry_source: {
        method:
          'Point at the reference estimate (48.92 N, 38.36 E), reasoned from news reports and the OSM city boundary; see the precision note.',
        references: ['reference-geo/reference_points.geojson (lysychansk_refinery)'],
        attribution: ['project'],
      },
    },
  ),
  place(
    'azot',
    { type: 'Point', coordinates: round5(refPoint('azot')) },
    {
      kind: 'facility',
      name: 'Azot chemical plant',
      name_uk: '«Азот»',
      name_ru: '«Азот»',
      aliases: ['Azot plant', 'Azot industrial zone', 'Азот'],
      precision: {
        type: 'approximate',
        radius_m: 1500,
        note: 'The plant covers about 800 ha in the western industrial zone of Severodonetsk; the point is a site centre (Wikipedia coordinate 48°56′30″N 38°28′24″E), not an outline.',
      },
      geometry_source: {
        method: 'Point at the coordinate of the Wikipedia article "Azot (Sievierodonetsk)" (48.9416 N, 38.4733 E).',
        references: ['reference-geo/reference_points.geojson (azot)'],
        attribution: ['project'],
      },
    },
  ),
];

// --- river ----------------------------------------------------------------------------------

function riverLine(): LineString {
  const donets = findFeature<LineString | Geometry>(reference.neRivers, 'name', 'Donets');
  assert(donets.geometry.type === 'MultiLineString', 'NE Donets is a MultiLineString');
  // The longest part is the main course across the bbox (the others are clipping stubs).
  const main = [...donets.geometry.coordinates].sort((a, b) => b.length - a.length)[0];
  assert(main, 'NE Donets has a main part');
  // First vertex at or west of RIVER_WEST_LON in the run that reaches the hand-over longitude.
  const firstEast = main.findIndex((c) => (c[0] ?? 0) >= RIVER_HANDOVER_LON);
  assert(firstEast > 0, 'NE Donets reaches the hand-over longitude');
  let start = firstEast - 1;
  while (start > 0 && (main[start]?.[0] ?? 0) > RIVER_WEST_LON) start -= 1;
  const west = main.slice(start, firstEast);
  const east = proxyLine.geometry.coordinates;
  assert((east[0]?.[0] ?? 0) >= RIVER_HANDOVER_LON - 0.001, 'proxy starts at the hand-over');
  const joined = turf.lineString(dropRepeats([...west, ...east]));
  return finish(joined.geometry, TOL.river);
}

// (`river` = riverLine() is computed near the top, before the cities, which are clipped to it.)

// Self-check: every vertex of the reference course and every sample within 0.5 km (twin-city
// reach, lon 38.38–38.52) or 1 km (elsewhere) of our line; Natural Earth points within 1 km.
{
  const line = turf.lineString(river.coordinates);
  let worstTwin = 0;
  let worstElse = 0;
  for (const c of proxyLine.geometry.coordinates) {
    const d = turf.pointToLineDistance(c, line, { units: 'kilometers' });
    if ((c[0] ?? 0) >= 38.38 && (c[0] ?? 0) <= 38.52) worstTwin = Math.max(worstTwin, d);
    else worstElse = Math.max(worstElse, d);
  }
  assert(worstTwin <= 0.5, `river within 0.5 km between the twin cities (worst ${worstTwin.toFixed(3)} km)`);
  assert(worstElse <= 1, `river within 1 km elsewhere (worst ${worstElse.toFixed(3)} km)`);
  for (const s of proxySamples) assert(turf.pointToLineDistance(s, line, { units: 'kilometers' }) <= 0.5, 'samples close');
  const bbox = turf.bbox(line);
  assert(bbox[0] <= RIVER_WEST_LON && bbox[2] >= 38.9, 'river spans 37.9–38.9°E');
  console.log(
    `river: ${river.coordinates.length} vertices, worst offset ${worstTwin.toFixed(3)} km (twin cities), ${worstElse.toFixed(3)} km (elsewhere)`,
  );
}

/** The vertex of our line nearest to the reference mid-reach point between the twin cities. */
function riverLabel(): [number, number] {
  const target = refPoint('donets_lys_sev');
  let best = river.coordinates[0]!;
  let bestD = Infinity;
  for (const c of river.coordinates) {
    const d = turf.distance(c, target);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return round5(best);
}

const rivers: PlaceFeature[] = [
  place('siverskyi-donets', river, {
    kind: 'river',
    name: 'Siverskyi Donets river',
    name_uk: 'Сіверський Донець',
    name_ru: 'Северский Донец',
    aliases: ['Siversky Donets', 'Siverskyy Donets', 'Seversky Donets', 'Severskiy Donets', 'the Donets', 'Donets'],
    precision: {
      type: 'approximate',
      radius_m: 300,
      note: 'The course east of 38.04°E is a proxy rebuilt from OSM administrative (hromada) boundaries that follow the river, not an OSM waterway; west of it the line is the generalised Natural Earth 1:10m course. Expect it to be off the real channel by up to a few hundred metres (up to about 1 km west of 38.04°E).',
    },
    label_point: riverLabel(),
    geometry_source: {
      method: `Natural Earth 1:10m "Donets" centre line from ${RIVER_WEST_LON}°E to ${RIVER_HANDOVER_LON}°E joined to the river course rebuilt from OSM hromada boundaries (38.037–38.90°E), simplified with Douglas–Peucker at ${TOL.river}° and rounded to 5 decimals.`,
      references: [
        'reference-geo/ne10m_rivers.geojson (Natural Earth 10m rivers_lake_centerlines v4.0.0, "Donets")',
        'reference-geo/osm_donets_course_proxy.geojson (OSM hromada boundaries along the river)',
      ],
      attribution: ['osm', 'natural-earth'],
    },
  }),
];

// --- bridges --------------------------------------------------------------------------------

function bridge(id: string, refId: string, name: string, name_uk: string, name_ru: string, aliases: string[]): PlaceFeature {
  return place(
    id,
    { type: 'Point', coordinates: round5(refPoint(refId)) },
    {
      kind: 'bridge',
      name,
      name_uk,
      name_ru,
      aliases,
      precision: {
        type: 'approximate',
        radius_m: 1500,
        note: `Estimated position. ${refText(refId, 'source').replace(/^ESTIMATE:\s*/, '')}. ${refText(refId, 'note')}`,
      },
      geometry_source: {
        method: 'Point at the reference estimate: where the reported location meets the river course rebuilt from OSM boundaries.',
        references: [`reference-geo/reference_points.geojson (${refId})`, 'reference-geo/osm_donets_course_proxy.geojson'],
        attribution: ['osm', 'project'],
      },
    },
  );
}

const bridges: PlaceFeature[] = [
  bridge('bridge-pavlohrad', 'bridge_pavlohrad', 'Pavlohrad bridge', 'Павлоградський міст', 'Павлоградский мост', [
    'Pavlohradskyi bridge',
    'central bridge',
    'Lysychansk–Severodonetsk road bridge',
  ]),
  bridge('bridge-proletarskyi', 'bridge_proletarskyi', 'Proletarskyi bridge', 'Пролетарський міст', 'Пролетарский мост', [
    'Proletarsky bridge',
    'Proletarskiy bridge',
  ]),
  bridge('bridge-yuvileinyi', 'bridge_yuvileinyi', 'Yuvileinyi bridge', 'Ювілейний міст', 'Юбилейный мост', [
    'Yuvileiny bridge',
    'Yubileiny bridge',
    'Jubilee bridge',
  ]),
];

// --- regions --------------------------------------------------------------------------------

/**
 * Simplifies two polygons that share a border (NE admin-1 data repeats the shared vertices
 * exactly) so that the shared stretch is simplified once and used by both: no slivers or gaps
 * between the two outlines, and a clean union.
 */
function simplifyPair(a: Position[], b: Position[], tolerance: number): [Position[], Position[]] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const open = (r: Position[]) => r.slice(0, -1);
  const ra = open(a);
  const rb = open(b);
  const inB = new Set(rb.map(key));
  const shared = ra.map((p) => inB.has(key(p)));
  // Rotate ring A so that it starts where its (single) shared run starts.
  const n = ra.length;
  const s = shared.findIndex((v, i) => v && !shared[(i - 1 + n) % n]);
  assert(s >= 0, 'the two regions share a border');
  const rot = [...ra.slice(s), ...ra.slice(0, s)];
  const sharedRot = rot.map((p) => inB.has(key(p)));
  const k = sharedRot.findIndex((v) => !v);
  assert(k > 1 && sharedRot.slice(k).every((v) => !v), 'the shared border is one run');
  const simplifyChain = (c: Position[]) => turf.simplify(turf.lineString(c), { tolerance, highQuality: true }).geometry.coordinates;
  const border = simplifyChain(rot.slice(0, k)); // from rot[0] to rot[k-1]
  const restA = simplifyChain([...rot.slice(k - 1), rot[0]!]); // from rot[k-1] back to rot[0]
  const outA = [...border, ...restA.slice(1)];

  // Ring B: its rest runs from one end of the border to the other.
  const startB = rb.findIndex((p) => key(p) === key(rot[k - 1]!));
  const endKey = key(rot[0]!);
  const rotB = [...rb.slice(startB), ...rb.slice(0, startB)];
  // Walk B from the border end rot[k-1] through its own (non-shared) side until rot[0].
  const firstRestB = rotB[1] && !ra.some((p) => key(p) === key(rotB[1]!));
  const walk = firstRestB ? rotB : [rotB[0]!, ...rotB.slice(1).reverse()];
  const endIdx = walk.findIndex((p) => key(p) === endKey);
  const restBChain = walk.slice(0, endIdx + 1);
  assert(
    restBChain.slice(1, -1).every((p) => !ra.some((q) => key(q) === key(p))),
    'ring B rest does not touch ring A',
  );
  const restB = simplifyChain(restBChain); // from rot[k-1] to rot[0]
  const outB = [...border, ...restB.slice(1)];
  return [outA, outB];
}

function regionsLayer(): PlaceFeature[] {
  const lu = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', 'UA-09');
  const dn = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', 'UA-14');
  assert(lu.geometry.type === 'Polygon' && dn.geometry.type === 'Polygon', 'oblasts are single polygons');
  assert(lu.geometry.coordinates.length === 1 && dn.geometry.coordinates.length === 1, 'oblasts have no holes');
  const [la, db] = simplifyPair(lu.geometry.coordinates[0]!, dn.geometry.coordinates[0]!, TOL.region);
  const luG = finish<Polygon>({ type: 'Polygon', coordinates: [la] });
  const dnG = finish<Polygon>({ type: 'Polygon', coordinates: [db] });
  assert(turf.booleanValid(luG) && turf.booleanValid(dnG), 'simplified regions are valid polygons');
  const union = turf.union(turf.featureCollection([turf.feature(luG), turf.feature(dnG)]));
  assert(union, 'the regions have a union');
  const donbas = finish(union.geometry);
  assert(donbas.type === 'Polygon' && donbas.coordinates.length === 1, 'Donbas is one polygon without holes (no slivers)');
  const neMethod = (what: string) =>
    `Natural Earth 1:10m admin-1 outline of ${what}, simplified with Douglas–Peucker at ${TOL.region}° (the border shared by the two oblasts is simplified once, so the outlines meet exactly) and rounded to 5 decimals.`;
  const precision = {
    type: 'approximate' as const,
    radius_m: 2000,
    note: 'A generalised (Natural Earth 1:10m) boundary simplified further for the web map: the line may be off the legal boundary by up to about 2 km.',
  };
  const refs = (ne: string) => [`reference-geo/ne10m_admin1_oblasts.geojson (Natural Earth 10m admin_1_states_provinces, ${ne})`];
  return [
    place('luhansk-region', luG, {
      kind: 'region',
      name: 'Luhansk region',
      name_uk: 'Луганська область',
      name_ru: 'Луганская область',
      aliases: ['Lugansk', 'Luhansk Oblast', 'Luhansk'],
      precision,
      label_point: labelFor(luG),
      geometry_source: {
        method: neMethod('Luhansk oblast (UA-09)'),
        references: refs('UA-09, ne_id 1159309633'),
        attribution: ['natural-earth'],
      },
    }),
    place('donetsk-region', dnG, {
      kind: 'region',
      name: 'Donetsk region',
      name_uk: 'Донецька область',
      name_ru: 'Донецкая область',
      aliases: ['Donetsk Oblast', 'Donetsk'],
      precision,
      label_point: labelFor(dnG),
      geometry_source: {
        method: neMethod('Donetsk oblast (UA-14)'),
        references: refs('UA-14, ne_id 1159309627'),
        attribution: ['natural-earth'],
      },
    }),
    place('donbas', donbas, {
      kind: 'region',
      name: 'Donbas',
      name_uk: 'Донбас',
      name_ru: 'Донбасс',
      aliases: ['Donbass'],
      precision,
      label_point: labelFor(donbas),
      geometry_source: {
        method: `Union (@turf/union) of the simplified Luhansk and Donetsk region outlines above (Natural Earth 1:10m, simplified at ${TOL.region}°).`,
        references: refs('UA-09 and UA-14'),
        attribution: ['natural-earth'],
      },
    }),
  ];
}

const regions = regionsLayer();

// ---------------------------------------------------------------------------------------------
// Cross-checks before writing

for (const f of [...cities, ...regions]) {
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
  const lp = f.properties.label_point;
  assert(lp && turf.booleanPointInPolygon(lp, g), `${f.id} contains its label point`);
  assert(turf.booleanValid(g), `${f.id} is a valid polygon`);
}
{
  const line = turf.lineString(river.coordinates);
  assert(!turf.booleanIntersects(turf.feature(severodonetsk), line), 'Severodonetsk outline does not touch the river');
  assert(!turf.booleanIntersects(turf.feature(lysychansk.geometry), line), 'Lysychansk does not touch the river');
  assert(turf.booleanPointInPolygon(refPoint('azot'), severodonetsk), 'Azot lies inside the Severodonetsk outline');
  const bb = turf.bbox(severodonetsk);
  const across = Math.max(turf.distance([bb[0], bb[1]], [bb[2], bb[1]]), turf.distance([bb[0], bb[1]], [bb[0], bb[3]]));
  assert(across <= 12, `Severodonetsk outline at most 12 km across (${across.toFixed(1)} km)`);
  console.log(`severodonetsk: ${across.toFixed(1)} km across, ${(turf.area(severodonetsk) / 1e6).toFixed(1)} km²`);
}

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
