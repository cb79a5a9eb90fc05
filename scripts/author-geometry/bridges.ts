// The bridges layer: the three road bridges between Lysychansk and Severodonetsk, at reference estimates.
import { round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { refPoint, refText } from './reference';

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
