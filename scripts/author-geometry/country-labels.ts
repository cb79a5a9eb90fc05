import * as turf from '@turf/turf';
import type { MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { assert } from './assert';
import { BASE_BBOX, type BaseFeature, baseFeature } from './base-feature';
import { kmToLines, round5 } from './geometry-helpers';
import type { PlaceFeature } from './place';
import { findFeature, reference } from './reference';

/**
 * A country label point: on a 0.02° grid over the given (reference) oblasts clipped to the bbox less
 * 0.1°, the point farthest from the border line, the bbox edges and the other labels (clearance
 * capped at 40 km, then the grid point nearest the border among the tied ones: the label stays
 * close to the border it explains).
 */
function countryLabelPoint(isos: string[], avoid: Position[], border: MultiLineString): [number, number] {
  const polys = isos.map((iso) => findFeature<Polygon | MultiPolygon>(reference.neOblasts, 'iso_3166_2', iso).geometry);
  const [w, s, e, n] = BASE_BBOX;
  const inset = 0.1;
  const CAP_KM = 40;
  let best: { p: [number, number]; score: number; toBorder: number } | null = null;
  for (let lon = w + inset; lon <= e - inset + 1e-9; lon += 0.02) {
    for (let lat = s + inset; lat <= n - inset + 1e-9; lat += 0.02) {
      const p = round5([lon, lat]);
      if (!polys.some((g) => turf.booleanPointInPolygon(p, g))) continue;
      const toBorder = kmToLines(p, border.coordinates);
      const toEdge = Math.min(
        turf.distance(p, [w, p[1]]),
        turf.distance(p, [e, p[1]]),
        turf.distance(p, [p[0], s]),
        turf.distance(p, [p[0], n]),
      );
      const toLabels = Math.min(Infinity, ...avoid.map((a) => turf.distance(p, a)));
      const score = Math.min(CAP_KM, toBorder, toEdge, toLabels);
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && toBorder < best.toBorder))
        best = { p, score, toBorder };
    }
  }
  assert(best && best.score >= 10, `a country label point with at least 10 km clearance in ${isos.join(', ')}`);
  console.log(
    `country label in ${isos.join('/')}: [${best.p.join(', ')}], ${best.score.toFixed(1)} km clear, ${best.toBorder.toFixed(1)} km from the border`,
  );
  return best.p;
}

/** "Ukraine" and "Russia", each placed clear of the border, the map edges and the other labels. */
export function countryLabels(border: MultiLineString, towns: BaseFeature[], cities: PlaceFeature[]): BaseFeature[] {
  const avoid: Position[] = [
    ...towns.map((t) => (t.geometry as Point).coordinates),
    ...cities.map((c) => (c.geometry.type === 'Point' ? c.geometry.coordinates : c.properties.label_point!)),
  ];
  const method = (where: string) =>
    `Label point placed by the project inside the Natural Earth 1:10m admin-1 outlines of ${where} (reference-geo/ne10m_admin1_oblasts.geojson), clipped to the map area: the point of a 0.02° grid farthest (up to 40 km) from the border line, the map edges and the town labels.`;
  return [
    baseFeature(
      { type: 'Point', coordinates: countryLabelPoint(['UA-09', 'UA-14'], avoid, border) },
      { kind: 'country-label', name: 'Ukraine', name_uk: 'Україна', rank: 1, source: method('the Luhansk and Donetsk oblasts') },
    ),
    baseFeature(
      { type: 'Point', coordinates: countryLabelPoint(['RU-ROS', 'RU-VOR'], avoid, border) },
      { kind: 'country-label', name: 'Russia', name_uk: 'Росія', rank: 1, source: method('the Rostov and Voronezh oblasts') },
    ),
  ];
}
