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
 *               were simplified separately and crossed along the north-east edge). Severodonetsk:
 *               there is no OSM city polygon in the reference, so a hand-drawn outline of the
 *               built-up area (SEVERODONETSK_OUTLINE in author-geometry/city-outlines.ts) is
 *               clipped to the Sievierodonetska hromada (osm_hromadas.geojson), kept 500 m clear of the river
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
//
// Each layer, check and file is a module in scripts/author-geometry/; this entry runs them in the
// order the self-check messages are meant to be read, and writes only once every check has passed.
import { baseMap } from './author-geometry/base-map';
import { bridgesLayer } from './author-geometry/bridges';
import { buildManifest } from './author-geometry/build-manifest';
import { checkPlaces } from './author-geometry/check-places';
import { citiesLayer } from './author-geometry/cities';
import { cityOutlines } from './author-geometry/city-outlines';
import { facilitiesLayer } from './author-geometry/facilities';
import { layerFiles } from './author-geometry/layer-files';
import { regionsLayer } from './author-geometry/regions';
import { checkRiverLine, riverLayer, riverLine } from './author-geometry/river';
import { writeGeo } from './author-geometry/write-geo';

// Cities come after the river line: Lysychansk is clipped to it.
const river = riverLine();
const outlines = cityOutlines(river);
const cities = citiesLayer(outlines);
const facilities = facilitiesLayer();
checkRiverLine(river);
const rivers = riverLayer(river);
const bridges = bridgesLayer();
const regions = regionsLayer();
checkPlaces(cities, regions, outlines, river);
const baseFeatures = baseMap(regions, cities);
const layers = layerFiles({ cities, facilities, rivers, bridges, regions });
writeGeo(layers, baseFeatures, buildManifest(layers));
