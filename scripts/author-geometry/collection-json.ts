import type { Feature, Geometry } from 'geojson';

/**
 * Pretty JSON with each geometry's coordinates on one line (keeps files small and diffable).
 * Features without an id (the base map's) are written without one.
 */
export function collectionJson(features: Feature[]): string {
  const coords: string[] = [];
  const fc = {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const g = f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>;
      coords.push(JSON.stringify(g.coordinates));
      return { type: 'Feature', id: f.id, properties: f.properties, geometry: { type: g.type, coordinates: `@@COORDS${coords.length - 1}@@` } };
    }),
  };
  return `${JSON.stringify(fc, null, 2).replace(/"@@COORDS(\d+)@@"/g, (_, i: string) => coords[Number(i)]!)}\n`;
}
