// The Siverskyi Donets layer: our river line, its self-check against the reference course, the layer.
import * as turf from '@turf/turf';
import type { Geometry, LineString } from 'geojson';
import { assert } from './assert';
import { dropRepeats, finish, round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { findFeature, proxyLine, proxySamples, reference, refPoint } from './reference';
import { TOLERANCES } from './tolerances';

/** Where the Natural Earth Donets hands over to the OSM-boundary course (README: proxy starts at 38.037°E). */
const RIVER_HANDOVER_LON = 38.037;
/** Western end of our river line: the Natural Earth course is taken from the first vertex west of this. */
const RIVER_WEST_LON = 37.9;

/** Our own river line: Natural Earth in the west, the OSM-boundary course in the east. */
export function riverLine(): LineString {
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
  return finish(joined.geometry, TOLERANCES.river);
}

/**
 * Self-check: every vertex of the reference course and every sample within 0.5 km (twin-city
 * reach, lon 38.38–38.52) or 1 km (elsewhere) of our line; Natural Earth points within 1 km.
 */
export function checkRiverLine(river: LineString): void {
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
function riverLabel(river: LineString): [number, number] {
  const target = refPoint('donets_lys_sev');
  let best = river.coordinates[0]!;
  let bestD = Infinity;
  for (const c of river.coordinates) {
    const d = turf.distance(c, target);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return round5(best);
}

export function riverLayer(river: LineString): PlaceFeature[] {
  return [
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
      label_point: riverLabel(river),
      geometry_source: {
        method: `Natural Earth 1:10m "Donets" centre line from ${RIVER_WEST_LON}°E to ${RIVER_HANDOVER_LON}°E joined to the river course rebuilt from OSM hromada boundaries (38.037–38.90°E), simplified with Douglas–Peucker at ${TOLERANCES.river}° and rounded to 5 decimals.`,
        references: [
          'reference-geo/ne10m_rivers.geojson (Natural Earth 10m rivers_lake_centerlines v4.0.0, "Donets")',
          'reference-geo/osm_donets_course_proxy.geojson (OSM hromada boundaries along the river)',
        ],
        attribution: ['osm', 'natural-earth'],
      },
    }),
  ];
}
