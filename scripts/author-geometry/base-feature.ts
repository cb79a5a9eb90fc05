import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { type BaseProperties, basePropertiesSchema } from '../../lib/schemas';

/** The reference extracts' extent (README): lon 36.5–40.0, lat 47.5–49.8. */
export const BASE_BBOX: [number, number, number, number] = [36.5, 47.5, 40.0, 49.8];

export type BaseFeature = Feature<Point | LineString | MultiLineString, BaseProperties>;

/** A base-map feature: no id, its properties checked against basePropertiesSchema as it is made. */
export function baseFeature(geometry: BaseFeature['geometry'], properties: BaseProperties): BaseFeature {
  return { type: 'Feature', properties: basePropertiesSchema.parse(properties), geometry };
}
