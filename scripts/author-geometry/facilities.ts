// The facilities layer: the Lysychansk refinery and the Azot plant, reference points taken as they are.
import { round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { refPoint } from './reference';

export function facilitiesLayer(): PlaceFeature[] {
  return [
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
}
