// The outlines of the cities drawn as areas: OSM boundaries for Lysychansk and Bakhmut, a clipped
// hand-drawn outline for Severodonetsk.
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { assert } from './assert';
import { finish } from './geometry-helpers';
import { findFeature, proxyLine, reference, refPoint } from './reference';
import { TOLERANCES } from './tolerances';

/** How far Lysychansk's river-side edge is kept from our river line (it lies on the south-west bank). */
export const LYSYCHANSK_RIVER_CLEARANCE_KM = 0.08;

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

interface OsmCity {
  geometry: Polygon;
  osmId: string;
}

export interface CityOutlines {
  lysychansk: OsmCity;
  bakhmut: OsmCity;
  severodonetsk: Polygon;
}

function osmCity(nameEn: string, tolerance: number): OsmCity {
  const f = findFeature<Polygon | MultiPolygon>(reference.settlements, 'name_en', nameEn);
  const g = finish(f.geometry, tolerance);
  assert(g.type === 'Polygon', `${nameEn} simplifies to a single polygon`);
  return { geometry: g, osmId: String(f.properties.osm_id) };
}

/**
 * The OSM Lysychansk boundary follows the river on its north-east side, but it and our river line
 * were simplified separately, so they cross each other a dozen times by 100–200 m. Cut the city
 * back to the south-west (right) bank: remove a LYSYCHANSK_RIVER_CLEARANCE_KM buffer of our river
 * line, drop the slivers left on the north-east bank, and lightly re-simplify (tolerance well under
 * the clearance, so the edge cannot reach the river again).
 */
function clipToRightBank(city: Polygon, centre: Position, river: LineString): Polygon {
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
  const g = finish(kept.geometry, TOLERANCES.cityClip);
  assert(g.type === 'Polygon' && turf.booleanValid(g), 'clipped Lysychansk is a valid polygon');
  assert(!turf.booleanIntersects(turf.feature(g), turf.lineString(river.coordinates)), 'clipped Lysychansk does not touch the river');
  console.log(
    `lysychansk: clipped to the right bank, ${(dropped / 1e6).toFixed(2)} km² dropped on the left bank, ${g.coordinates[0]!.length} vertices`,
  );
  return g;
}

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
  const g = finish(shape!.geometry, TOLERANCES.severodonetsk);
  assert(g.type === 'Polygon', 'Severodonetsk outline is one polygon');
  return g;
}

/** The three outlines, Lysychansk cut back to the right bank of our river line. */
export function cityOutlines(river: LineString): CityOutlines {
  const lysychanskOsm = osmCity('Lysychansk', TOLERANCES.city);
  const lysychansk = { ...lysychanskOsm, geometry: clipToRightBank(lysychanskOsm.geometry, refPoint('lysychansk'), river) };
  const bakhmut = osmCity('Bakhmut', TOLERANCES.city);
  return { lysychansk, bakhmut, severodonetsk: severodonetskOutline() };
}
