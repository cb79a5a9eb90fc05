/**
 * The map's layers as SVG path data, for the map pictures (lib/map-picture.ts): app/image's
 * pictures (which chat apps, social media and oEmbed consumers show), and the place pages. Pure; an
 * equirectangular projection scaled by the cosine of the centre latitude, close enough at this scale.
 */
import type { Geometry, Position } from 'geojson';

export interface Frame {
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  width: number;
  height: number;
}

/** A projector from [lon, lat] to [x, y] pixels that fits `bbox` inside width × height, centred. */
export function projector({ bbox: [w, s, e, n], width, height }: Frame): (p: Position) => [number, number] {
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((e - w) * k), height / (n - s));
  const ox = (width - (e - w) * k * scale) / 2;
  const oy = (height - (n - s) * scale) / 2;
  return ([lon, lat]) => [Math.round((ox + (lon! - w) * k * scale) * 10) / 10, Math.round((oy + (n - lat!) * scale) * 10) / 10];
}

/** SVG path data for a line, polygon or their multi forms; points give "". */
export function pathData(geometry: Geometry, project: (p: Position) => [number, number]): string {
  const ring = (coords: Position[], close: boolean) =>
    coords.map((c, i) => `${i ? 'L' : 'M'}${project(c).join(' ')}`).join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((r) => ring(r, true))).join('');
    default:
      return '';
  }
}
