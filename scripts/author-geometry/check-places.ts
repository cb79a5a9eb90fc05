// Cross-checks between layers, run once all place layers are built and before anything is written.
import * as turf from '@turf/turf';
import type { LineString } from 'geojson';
import { assert } from './assert';
import type { CityOutlines } from './city-outlines';
import type { PlaceFeature } from './place';
import { refPoint } from './reference';

/** Label points inside their polygons, valid polygons, the city outlines clear of the river. */
export function checkPlaces(cities: PlaceFeature[], regions: PlaceFeature[], outlines: CityOutlines, river: LineString): void {
  for (const f of [...cities, ...regions]) {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const lp = f.properties.label_point;
    assert(lp && turf.booleanPointInPolygon(lp, g), `${f.id} contains its label point`);
    assert(turf.booleanValid(g), `${f.id} is a valid polygon`);
  }
  {
    const { lysychansk, severodonetsk } = outlines;
    const line = turf.lineString(river.coordinates);
    assert(!turf.booleanIntersects(turf.feature(severodonetsk), line), 'Severodonetsk outline does not touch the river');
    assert(!turf.booleanIntersects(turf.feature(lysychansk.geometry), line), 'Lysychansk does not touch the river');
    assert(turf.booleanPointInPolygon(refPoint('azot'), severodonetsk), 'Azot lies inside the Severodonetsk outline');
    const bb = turf.bbox(severodonetsk);
    const across = Math.max(turf.distance([bb[0], bb[1]], [bb[2], bb[1]]), turf.distance([bb[0], bb[1]], [bb[0], bb[3]]));
    assert(across <= 12, `Severodonetsk outline at most 12 km across (${across.toFixed(1)} km)`);
    console.log(`severodonetsk: ${across.toFixed(1)} km across, ${(turf.area(severodonetsk) / 1e6).toFixed(1)} km²`);
  }
}
