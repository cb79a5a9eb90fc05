// The regions layer: Luhansk and Donetsk oblasts (Natural Earth) and Donbas, their union.
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { assert } from './assert';
import { finish, labelFor } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { findFeature, reference } from './reference';
import { simplifyPair } from './simplify-pair';
import { TOLERANCES } from './tolerances';

/**
 * How far each outline is from OpenStreetMap's oblast boundary (reference-geo/osm_oblasts_luhansk_donetsk.geojson),
 * both ways, sampled every 0.5 km along each line with Turf (a one-off measurement, README "Places"). The radius is
 * the largest distance, rounded up; the note says where the outline is closer.
 */
const MEASURED =
  "A generalised (Natural Earth 1:10m) boundary simplified further for the web map. Measured against OpenStreetMap's oblast boundary: ";
const REGION_PRECISION = {
  'luhansk-region': {
    type: 'approximate',
    radius_m: 6500,
    note: `${MEASURED}within 3 km (usually within 1 km) where the outline is within 50 km of Lysychansk, Severodonetsk or Bakhmut; elsewhere off by up to 6.3 km, the most at the region's north-west corner on the Kharkiv region border.`,
  },
  'donetsk-region': {
    type: 'approximate',
    radius_m: 5000,
    note: `${MEASURED}within 3 km (usually within 1 km) where the outline is within 50 km of Lysychansk, Severodonetsk or Bakhmut; elsewhere off by up to 4.9 km, the most on the region's western edge (about 36.75°E, 48.53°N).`,
  },
  donbas: {
    type: 'approximate',
    radius_m: 6500,
    note: `${MEASURED}typically about 1 km off and up to 6.3 km, the most at the north-west corner of Luhansk region on the Kharkiv region border. No part of this outline lies within 50 km of Lysychansk, Severodonetsk or Bakhmut (the border between the two regions, near the front, is inside it).`,
  },
} as const;

export function regionsLayer(): PlaceFeature[] {
  const lu = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', 'UA-09');
  const dn = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', 'UA-14');
  assert(lu.geometry.type === 'Polygon' && dn.geometry.type === 'Polygon', 'oblasts are single polygons');
  assert(lu.geometry.coordinates.length === 1 && dn.geometry.coordinates.length === 1, 'oblasts have no holes');
  const [la, db] = simplifyPair(lu.geometry.coordinates[0]!, dn.geometry.coordinates[0]!, TOLERANCES.region);
  const luG = finish<Polygon>({ type: 'Polygon', coordinates: [la] });
  const dnG = finish<Polygon>({ type: 'Polygon', coordinates: [db] });
  assert(turf.booleanValid(luG) && turf.booleanValid(dnG), 'simplified regions are valid polygons');
  const union = turf.union(turf.featureCollection([turf.feature(luG), turf.feature(dnG)]));
  assert(union, 'the regions have a union');
  const donbas = finish(union.geometry);
  assert(donbas.type === 'Polygon' && donbas.coordinates.length === 1, 'Donbas is one polygon without holes (no slivers)');
  const neMethod = (what: string) =>
    `Natural Earth 1:10m admin-1 outline of ${what}, simplified with Douglas–Peucker at ${TOLERANCES.region}° (the border shared by the two oblasts is simplified once, so the outlines meet exactly) and rounded to 5 decimals.`;
  const refs = (ne: string) => [`reference-geo/ne10m_admin1_oblasts.geojson (Natural Earth 10m admin_1_states_provinces, ${ne})`];
  return [
    place('luhansk-region', luG, {
      kind: 'region',
      name: 'Luhansk region',
      name_uk: 'Луганська область',
      name_ru: 'Луганская область',
      aliases: ['Lugansk', 'Luhansk Oblast', 'Luhansk'],
      precision: REGION_PRECISION['luhansk-region'],
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
      precision: REGION_PRECISION['donetsk-region'],
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
      precision: REGION_PRECISION.donbas,
      label_point: labelFor(donbas),
      geometry_source: {
        method: `Union (@turf/union) of the simplified Luhansk and Donetsk region outlines above (Natural Earth 1:10m, simplified at ${TOLERANCES.region}°).`,
        references: refs('UA-09 and UA-14'),
        attribution: ['natural-earth'],
      },
    }),
  ];
}
