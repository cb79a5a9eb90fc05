import centerOfMass from '@turf/center-of-mass';
import type { Feature, Geometry, Position } from 'geojson';

/**
 * The properties the geometry functions read from a place (see `placePropertiesSchema` in
 * lib/schemas.ts): how precise its geometry is, and where its label goes.
 */
export interface PrecisionProperties {
  precision?: { type: 'exact' } | { type: 'approximate'; radius_m: number };
  label_point?: [number, number] | Position;
}

/** A feature as the geometry functions take it: any geometry, with optional precision properties. */
export type PlaceLike = Feature<Geometry, PrecisionProperties | null>;

export interface PlacePosition {
  /** [lon, lat] of the place's centre. */
  centre: Position;
  /** Where the centre comes from. */
  centre_from: 'label_point' | 'point' | 'centre_of_mass';
  /** Radius of uncertainty in km: `precision.radius_m` of an approximate place, else 0. */
  radius_km: number;
}

/**
 * Where a place is and how sure we are: its centre (the `label_point` of a polygon or line, the
 * point itself, or failing both the centre of mass) and its radius of uncertainty.
 *
 * @param feature a place feature; `properties.precision` and `properties.label_point` are optional
 * @returns the centre, where it comes from, and the uncertainty radius in km
 * @example
 * positionOf({ type: 'Feature', properties: { precision: { type: 'approximate', radius_m: 2000 } },
 *   geometry: { type: 'Point', coordinates: [38.36, 48.92] } })
 * // => { centre: [38.36, 48.92], centre_from: 'point', radius_km: 2 }
 */
export function positionOf(feature: PlaceLike): PlacePosition {
  if (feature?.type !== 'Feature' || !feature.geometry) throw new Error('positionOf needs a GeoJSON Feature with a geometry');
  const props = feature.properties ?? {};
  const precision = props.precision;
  const radius_km = precision?.type === 'approximate' ? precision.radius_m / 1000 : 0;
  if (!(radius_km >= 0) || !Number.isFinite(radius_km)) throw new Error('precision.radius_m must be a positive number of metres');
  if (props.label_point) return { centre: [...props.label_point], centre_from: 'label_point', radius_km };
  if (feature.geometry.type === 'Point') return { centre: [...feature.geometry.coordinates], centre_from: 'point', radius_km };
  return { centre: centerOfMass(feature.geometry).geometry.coordinates, centre_from: 'centre_of_mass', radius_km };
}
