// The regions layer: Luhansk and Donetsk oblasts (Natural Earth) and Donbas, their union.
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { assert } from './assert';
import { finish, labelFor } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { findFeature, reference } from './reference';
import { simplifyPair } from './simplify-pair';
import { TOLERANCES } from './tolerances';

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
        method: `Union (@turf/union) of the simplified Luhansk and Donetsk region outlines above (Natural Earth 1:10m, simplified at ${TOLERANCES.region}°).`,
        references: refs('UA-09 and UA-14'),
        attribution: ['natural-earth'],
      },
    }),
  ];
}
