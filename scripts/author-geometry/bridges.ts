// The bridges layer: the three road bridges between Lysychansk and Severodonetsk, at reference estimates.
import { round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { refPoint } from './reference';

/**
 * Where each bridge's position comes from, in the reference's words without its history of the
 * bridges (dates of destruction and rebuilding come from outside this map's sources, which name no
 * bridge: the bridges are drawn for orientation only).
 */
const POSITION_NOTES: Record<string, string> = {
  bridge_pavlohrad:
    'the river crossing next to Pavlohrad settlement (OSM) on the main Lysychansk-Sievierodonetsk road; named "Pavlohrad bridge in the west of Sievierodonetsk" in Maxar/Sky News imagery captions (maximum.fm).',
  bridge_proletarskyi:
    'Maxar/Sky News caption "Proletarskyi bridge in the north of Lysychansk"; next to the "Proletarii" glass works (sd.ua, 29 Mar 2023). Position inferred only from "north of Lysychansk" + river course; verify.',
  bridge_yuvileinyi:
    'Maxar/Sky News caption "Yuvileinyi bridge in the south-east of Lysychansk"; river course from OSM boundaries. Position inferred only from "south-east of Lysychansk" + river course; verify.',
};

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
        note: `Estimated position, for orientation (no source here reports on this bridge): ${POSITION_NOTES[refId]}`,
      },
      geometry_source: {
        method: 'Point at the reference estimate: where the reported location meets the river course rebuilt from OSM boundaries.',
        references: [`reference-geo/reference_points.geojson (${refId})`, 'reference-geo/osm_donets_course_proxy.geojson'],
        attribution: ['osm', 'project'],
      },
    },
  );
}

export function bridgesLayer(): PlaceFeature[] {
  return [
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
}
