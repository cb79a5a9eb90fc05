import type { Point } from 'geojson';
import { assert } from './assert';
import { type BaseFeature, baseFeature } from './base-feature';
import { round5 } from './geometry-helpers';
import type { PlaceFeature } from './place';
import { findFeature, reference } from './reference';

interface TownLabel {
  id: string;
  rank: 1 | 2 | 3;
}

/** Reference points that are towns/villages but not project places (those are in cities.geojson). */
const TOWN_LABELS: TownLabel[] = [
  { id: 'luhansk', rank: 1 },
  { id: 'donetsk', rank: 1 },
  { id: 'rubizhne', rank: 2 },
  { id: 'kreminna', rank: 2 },
  { id: 'popasna', rank: 2 },
  { id: 'siversk', rank: 2 },
  { id: 'soledar', rank: 2 },
  { id: 'bilohorivka', rank: 3 },
  { id: 'pryvillia', rank: 3 },
  { id: 'novodruzhesk', rank: 3 },
  { id: 'vovchoiarivka', rank: 3 },
  { id: 'maloriazantseve', rank: 3 },
  { id: 'syrotyne', rank: 3 },
  { id: 'borivske', rank: 3 },
  { id: 'metolkine', rank: 3 },
];

export function townLabels(cities: PlaceFeature[]): BaseFeature[] {
  const projectNames = new Set(
    cities.flatMap((c) => [c.properties.name, c.properties.name_uk, ...c.properties.aliases].map((s) => s.toLowerCase())),
  );
  return TOWN_LABELS.map(({ id, rank }) => {
    const f = findFeature<Point>(reference.points, 'id', id);
    const name = String(f.properties.name).replace(/\s*\(.*\)\s*$/, '');
    const nameUk = String(f.properties.name_uk);
    assert(!projectNames.has(name.toLowerCase()) && !projectNames.has(nameUk.toLowerCase()), `${name} is not a project place`);
    assert(String(f.properties.source).includes('OSM'), `${name}: the reference coordinate is OSM-derived (attribution)`);
    return baseFeature(
      { type: 'Point', coordinates: round5(f.geometry.coordinates) },
      {
        kind: 'town-label',
        name,
        name_uk: nameUk,
        rank,
        source: `Reference point "${id}" in reference-geo/reference_points.geojson: ${String(f.properties.source)} (© OpenStreetMap contributors, ODbL).`,
      },
    );
  });
}
