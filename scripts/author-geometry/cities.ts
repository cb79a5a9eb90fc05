// The cities layer: outlines of Lysychansk, Severodonetsk and Bakhmut, centre points of Kramatorsk
// and Slovyansk.
import { type CityOutlines, LYSYCHANSK_RIVER_CLEARANCE_KM } from './city-outlines';
import { round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { refPoint } from './reference';
import { TOLERANCES } from './tolerances';

const OSM_REF = 'reference-geo/osm_settlements.geojson';

function outlinedCities({ lysychansk, severodonetsk, bakhmut }: CityOutlines): PlaceFeature[] {
  return [
    place('lysychansk', lysychansk.geometry, {
      kind: 'city',
      name: 'Lysychansk',
      name_uk: 'Лисичанськ',
      name_ru: 'Лисичанск',
      aliases: ["Lysychans'k", 'Lisichansk', 'Lisitschansk', 'Lyssytchansk'],
      precision: { type: 'exact' },
      label_point: round5(refPoint('lysychansk')),
      geometry_source: {
        method: `OSM administrative boundary (admin_level 9) of Lysychansk city, simplified with Douglas–Peucker at ${TOLERANCES.city}° and rounded to 5 decimals; the boundary is the city limits, which take in industrial and outlying land. Where the boundary follows the river on the north-east, it is cut back to ${LYSYCHANSK_RIVER_CLEARANCE_KM * 1000} m south-west of the project's river line (the two were simplified separately and crossed), then re-simplified at ${TOLERANCES.cityClip}°. Label point: OSM admin_centre node 337582086.`,
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
        method: `Hand-drawn outline of the built-up area around the centre (OSM admin_centre node 337579368), intersected with the OSM Sievierodonetska hromada (admin_level 7) boundary, minus a 500 m buffer of the river course and 200 m buffers of the Lysychansk, Pavlohrad, Lisna Dacha, Syrotyne, Metolkine and Rubizhne OSM boundaries, simplified at ${TOLERANCES.severodonetsk}°.`,
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
        method: `OSM administrative boundary (admin_level 10) of Bakhmut, simplified with Douglas–Peucker at ${TOLERANCES.city}° and rounded to 5 decimals. Label point: en.wikipedia coordinate 48°35′41″N 38°0′3″E.`,
        references: [`${OSM_REF} (OSM ${bakhmut.osmId})`, 'reference-geo/reference_points.geojson (bakhmut)'],
        attribution: ['osm'],
      },
    }),
  ];
}

function pointCities(): PlaceFeature[] {
  return [
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
}

export function citiesLayer(outlines: CityOutlines): PlaceFeature[] {
  return [...outlinedCities(outlines), ...pointCities()];
}
