// The facilities layer: the Lysychansk refinery (a site estimated from news reports) and the Azot
// plant (a reference point taken as it is).
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { round5 } from './geometry-helpers';
import { type PlaceFeature, place } from './place';
import { refPoint } from './reference';

/**
 * The refinery's site as the independent reporting places it (docs/methodology.md, "The refinery's
 * site"). The only distance given is Tagesspiegel's "knapp sieben Kilometer westlich" (just under
 * 7 km west, read as 6.5–7 km from Lysychansk's centre); the Ukrainian General Staff (via
 * ukranews) gives the direction as south-west. Neither reading can be ruled out, so both are kept as
 * candidate sites (6.5–7 km at 270° and at 225°); the site drawn is their centre, and the radius is
 * the smallest whole or half kilometre that covers every candidate.
 */
export const REFINERY_READINGS = { distance_km: [6.5, 7], bearings_deg: [270, 225] } as const;

export function refineryCandidates(centre: Position = refPoint('lysychansk')): Position[] {
  return REFINERY_READINGS.bearings_deg.flatMap((bearing) =>
    REFINERY_READINGS.distance_km.map((d) => turf.destination(centre, d, bearing, { units: 'kilometers' }).geometry.coordinates),
  );
}

function refinerySite(): { point: [number, number]; radius_m: number } {
  const candidates = refineryCandidates();
  const point = round5(turf.centroid(turf.multiPoint(candidates)).geometry.coordinates);
  const farthest = Math.max(...candidates.map((c) => turf.distance(point, c, { units: 'kilometers' })));
  return { point, radius_m: Math.ceil(farthest * 2) * 500 };
}

export function facilitiesLayer(): PlaceFeature[] {
  const refinery = refinerySite();
  return [
    place(
      'lysychansk-refinery',
      { type: 'Point', coordinates: refinery.point },
      {
        kind: 'facility',
        name: 'Lysychansk oil refinery',
        name_uk: 'Лисичанський НПЗ',
        name_ru: 'Лисичанский НПЗ',
        aliases: ['LINIK', 'Linik refinery', 'Lisichansk refinery', 'Lysychansk refinery', '«ЛИНИК»', '«Линик»'],
        // On the city's edge: a later report of Lysychansk's control may make its own out of date.
        part_of: 'lysychansk',
        precision: {
          type: 'approximate',
          radius_m: refinery.radius_m,
          note: 'Estimated site, not a surveyed one; two candidate sites remain and the radius covers both. Tagesspiegel (reporting the Ukrainian General Staff on Thursday 30 June 2022) put the refinery "knapp sieben Kilometer westlich der Stadt" (just under 7 km west of the city); ukranews.com (29 June 2022, recalling the General Staff\'s report of 28 June) put it "southwest of the city". Read from Lysychansk\'s centre at 6.5–7 km, these give one candidate due west and one south-west; the point is drawn midway between them, 6.2 km west-south-west of the centre. Gordon (2 July 2022) places the plant at the village of Verkhnokamianka, which a dpa report calls "only a few kilometers west of Lysychansk on the last important supply road": this fits the western candidate. Russian-side claims (TASS and RIA Novosti, from sources on the Luhansk separatists\' side) place it near Vovchoiarivka and a break-in "west of Vovchoiarivka": this fits the south-western one. No surveyed outline or coordinate of the plant was found. See docs/methodology.md.',
        },
        geometry_source: {
          method: `Point midway between the two candidate sites (6.5–7 km from Lysychansk's centre at 270° and at 225°, the bases' readings), at ${refinery.point[1]} N, ${refinery.point[0]} E; the radius is the smallest half kilometre that covers all four candidate points. Lysychansk's centre is the OSM admin_centre node 337582086.`,
          references: [
            'https://www.tagesspiegel.de/politik/botschafter-in-deutschland-ukrainisches-aussenministerium-distanziert-sich-von-melnyk-aeusserung/28063400.html',
            'https://ukranews.com/en/news/865856-russian-troops-trying-to-seize-lysychansk-bakhmut-highway-to-cut-off-afu-group-general-staff',
            'reference-geo/reference_points.geojson (lysychansk)',
            "docs/methodology.md (The refinery's site)",
          ],
          attribution: ['osm', 'project'],
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
        part_of: 'severodonetsk',
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
