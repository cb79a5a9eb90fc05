/**
 * The map's layers as SVG path data, for the map pictures (lib/map-picture.ts): app/image's
 * pictures (which chat apps, social media and oEmbed consumers show), and the place pages. Pure; an
 * equirectangular projection scaled by the cosine of the centre latitude, close enough at this scale.
 */
import bboxClip from '@turf/bbox-clip';
import type { Geometry, Position } from 'geojson';

export interface Frame {
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  width: number;
  height: number;
}

/** How `bbox` fits inside width × height, centred: pixels per degree of longitude and latitude, and the offsets. */
function fitOf({ bbox: [w, s, e, n], width, height }: Frame) {
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((e - w) * k), height / (n - s));
  return { xScale: k * scale, yScale: scale, ox: (width - (e - w) * k * scale) / 2, oy: (height - (n - s) * scale) / 2 };
}

/** A projector from [lon, lat] to [x, y] pixels that fits `bbox` inside width × height, centred. */
export function projector(frame: Frame): (p: Position) => [number, number] {
  const { xScale, yScale, ox, oy } = fitOf(frame);
  const [w, , , n] = frame.bbox;
  return ([lon, lat]) => [Math.round((ox + (lon! - w) * xScale) * 10) / 10, Math.round((oy + (n - lat!) * yScale) * 10) / 10];
}

/** The geometry types @turf/bbox-clip cuts. */
const CLIPPED_TYPES: readonly Geometry['type'][] = ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/**
 * A function that cuts a geometry to what the picture shows, plus `margin` pixels all round (so
 * that a cut edge's stroke stays out of sight): a region's or the river's outline runs far beyond a
 * place page's small map, and every point of it outside was bytes in the page for nothing. Points
 * are kept. The box is worked out once per picture, as the projector is.
 */
export function clipper(frame: Frame, margin = 10): (geometry: Geometry) => Geometry {
  const { xScale, yScale, ox, oy } = fitOf(frame);
  const [w, , , n] = frame.bbox;
  // The pixel rectangle [-margin, width + margin] × [-margin, height + margin], in degrees.
  const box: [number, number, number, number] = [
    w + (-margin - ox) / xScale,
    n - (frame.height + margin - oy) / yScale,
    w + (frame.width + margin - ox) / xScale,
    n - (-margin - oy) / yScale,
  ];
  return (geometry) =>
    CLIPPED_TYPES.includes(geometry.type) ? (bboxClip(geometry as Parameters<typeof bboxClip>[0], box).geometry as Geometry) : geometry;
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
