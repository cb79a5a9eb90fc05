import type { Feature, Geometry } from 'geojson';
import { type PlaceProperties, placePropertiesSchema } from '../../lib/schemas';

export type PlaceFeature = Feature<Geometry, PlaceProperties> & { id: string };

/** A feature of a place layer, its properties checked against the app's schema as it is made. */
export function place(id: string, geometry: Geometry, properties: PlaceProperties): PlaceFeature {
  const parsed = placePropertiesSchema.parse(properties);
  return { type: 'Feature', id, properties: parsed, geometry };
}
