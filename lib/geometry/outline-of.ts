import type { Geometry, MultiLineString, Position } from 'geojson';

/**
 * The lines of a geometry as one MultiLineString: a line itself, or every ring of a polygon (outer
 * rings and holes). A point has no outline.
 *
 * @param geometry a Point, LineString, Polygon or their Multi- forms (not a GeometryCollection)
 * @returns a new MultiLineString (coordinates copied), or null for a Point or MultiPoint
 * @example
 * outlineOf({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })
 * // => { type: 'MultiLineString', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
 */
export function outlineOf(geometry: Geometry): MultiLineString | null {
  const copy = (line: Position[]) => line.map((p) => [...p]);
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return null;
    case 'LineString':
      return { type: 'MultiLineString', coordinates: [copy(geometry.coordinates)] };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(copy) };
    case 'Polygon':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(copy) };
    case 'MultiPolygon':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.flatMap((poly) => poly.map(copy)) };
    default:
      throw new Error(`outlineOf does not take a ${geometry.type}`);
  }
}
