// Base map (geo/base.geojson): drawn under every layer so the map stays readable with no tile
// server. The Ukraine–Russia border, two country labels and labels for the towns in the reference
// points that are not project places. Features have no ids; properties follow basePropertiesSchema.
import { BASE_BBOX, type BaseFeature, baseFeature } from './base-feature';
import { countryBorder } from './country-border';
import { countryLabels } from './country-labels';
import type { PlaceFeature } from './place';
import { TOLERANCES } from './tolerances';
import { townLabels } from './town-labels';

/** The border (from the regions layer's outlines), the country labels, then the town labels. */
export function baseMap(regions: PlaceFeature[], cities: PlaceFeature[]): BaseFeature[] {
  const border = countryBorder(regions);
  const towns = townLabels(cities);
  return [
    baseFeature(border, {
      kind: 'country-border',
      name: 'Ukraine–Russia border',
      rank: 1,
      source: `Natural Earth 1:10m admin-1 states/provinces (reference-geo/ne10m_admin1_oblasts.geojson): the stretch of the Luhansk (UA-09) and Donetsk (UA-14) outlines shared with the Rostov and Voronezh oblasts, taken from the regions layer's simplified outlines (Douglas–Peucker at ${TOLERANCES.region}°, 5 decimals) and clipped to lon ${BASE_BBOX[0]}–${BASE_BBOX[2]}, lat ${BASE_BBOX[1]}–${BASE_BBOX[3]}. Made with Natural Earth.`,
    }),
    ...countryLabels(border, towns, cities),
    ...towns,
  ];
}
