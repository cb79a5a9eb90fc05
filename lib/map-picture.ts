/**
 * A picture of the map without Leaflet or tiles: the offline base and the data layers as SVG
 * shapes, each place styled by its situation on a date exactly as the live map styles it
 * (lib/styles.ts `styleFor`). components/map-picture draws it: the pictures of app/image (PNG, SVG,
 * the pages' preview cards) and the place pages' small maps.
 * Pure; the projection is lib/svg-shapes.ts's.
 */
import bbox from '@turf/bbox';
import { isBulkLayer, type ReportedData } from './bulk-points';
import { type Comparison, withComparison } from './compare';
import { looksOn, type MapLayer } from './map-data';
import { anchorOf } from './place-geometry';
import { baseStyles, MAP_BACKGROUND, type PathStyle, type PlaceLook, styleFor, type Theme } from './styles';
import { clipper, type Frame, pathData, projector } from './svg-shapes';
import type { FirstView } from './first-view';
import type { BBox, Geometry } from './types';
import { DEFAULT_LOCALE, type Locale, localName } from './i18n';

/** One shape of the picture: a path (line or area) or a circle (a point), with the map's style. */
export type PictureShape = { key: string; style: PathStyle; filled: boolean } & ({ d: string } | { cx: number; cy: number; r: number });

/** A town's name from the offline base, where the picture shows labels. */
export interface PictureLabel {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface Picture {
  width: number;
  height: number;
  background: string;
  /** In drawing order: base outlines first, then each layer in the map's order, the selected place last. */
  shapes: PictureShape[];
  labels: PictureLabel[];
  /** The names of the status-styled places drawn, at their label points (the live map's permanent labels). */
  placeLabels: PictureLabel[];
  /** The labels' dot and text colour, and the halo that keeps the text readable over shapes. */
  labelColour: string;
  labelHalo: string;
}

export interface PictureOptions {
  frame: Frame;
  /** The date whose situation styles the places (YYYY-MM-DD). */
  date: string;
  theme: Theme;
  /** The place drawn in the selection colour, on top. */
  selected?: string;
  /** Draw the base's town labels that fall inside the frame. */
  labels?: boolean;
  /** The layers to draw (ids; default all). The base's region outlines and river are drawn whatever the choice, as on the map. */
  visible?: readonly string[];
  /** Compare mode's comparison (lib/compare.ts): the places that changed stand out, the others fade, as on the map. */
  comparison?: Comparison;
  /** The language of the labels: each place and town by its name in it (default English). */
  locale?: Locale;
  /**
   * The places' looks on `date`, where the caller has them already (the map data's `looks`, on its
   * last date): the build draws every place's picture on that date, and would otherwise work out
   * its neighbours' looks again for each.
   */
  looks?: Record<string, PlaceLook>;
}

export type PictureData = Pick<ReportedData, 'layers' | 'base' | 'places' | 'placeOrder'>;

/** The base under the places: region outlines, the state border and the river, as the offline base draws them. */
function baseShapes(
  data: PictureData,
  layers: readonly MapLayer[],
  theme: Theme,
  draw: (geometry: Geometry) => string,
  shown: (f: { geometry: Geometry }) => boolean,
): PictureShape[] {
  const style = baseStyles(theme);
  const regions = layers.find((l) => l.style === 'region')?.collection.features.filter((f) => f.id !== 'donbas' && shown(f)) ?? [];
  const river = layers.find((l) => l.style === 'river')?.collection.features.filter(shown) ?? [];
  const border = data.base.features.filter((f) => f.properties.kind === 'country-border' && shown(f as { geometry: Geometry }));
  return [
    ...regions.map((f) => ({ key: `base-${f.id}`, d: draw(f.geometry), style: style.region, filled: true })),
    ...border.map((f, i) => ({ key: `border-${i}`, d: draw(f.geometry as Geometry), style: style.border, filled: false })),
    ...river.map((f) => ({ key: `base-${f.id}`, d: draw(f.geometry), style: style.river, filled: false })),
  ];
}

/** A place's shape in its layer's style on the date. */
function placeShape(
  layer: MapLayer,
  feature: MapLayer['collection']['features'][number],
  options: PictureOptions,
  look: PlaceLook | undefined,
  project: ReturnType<typeof projector>,
  draw: (geometry: Geometry) => string,
): PictureShape {
  const point = feature.geometry.type === 'Point';
  const style = styleFor(layer.style, null, { point, selected: feature.id === options.selected, look: look ?? null, theme: options.theme });
  if (point) {
    const [lat, lon] = anchorOf(feature);
    const [cx, cy] = project([lon, lat]);
    return { key: feature.id, cx, cy, r: style.radius ?? 6, style, filled: true };
  }
  const filled = !feature.geometry.type.includes('Line') && style.fillOpacity !== undefined;
  return { key: feature.id, d: draw(feature.geometry), style, filled };
}

/** Whether a geometry's bounding box meets the frame's: shapes wholly outside are left out of the picture. */
function inFrame(geometry: Geometry, [w, s, e, n]: Frame['bbox']): boolean {
  // A point needs no box (turf's walks the coordinates): the build tests every place against every place's frame.
  if (geometry.type === 'Point') {
    const [x = Number.NaN, y = Number.NaN] = geometry.coordinates;
    return x >= w && x <= e && y >= s && y <= n;
  }
  const [gw, gs, ge, gn] = bbox(geometry);
  return gw <= e && ge >= w && gs <= n && gn >= s;
}

/** The picture of the data on a date, framed and styled as asked. */
export function pictureOf(data: PictureData, options: PictureOptions): Picture {
  const project = projector(options.frame);
  const clip = clipper(options.frame);
  const draw = (geometry: Geometry) => pathData(clip(geometry), project);
  const shown = (f: { geometry: Geometry }) => inFrame(f.geometry, options.frame.bbox);
  // Every layer whole: a layer in bulk form (thousands of points) is left out (a picture would be a blur of dots).
  const layers = data.layers.filter((l): l is MapLayer => !isBulkLayer(l));
  const drawn = layers
    .filter((l) => l.style !== 'region' && (!options.visible || options.visible.includes(l.id)))
    .flatMap((layer) => layer.collection.features.filter(shown).map((f) => ({ layer, f })));
  // Unless given, the looks of the places drawn only: the looks of every place for each picture
  // would make drawing every place's picture grow with the square of the places.
  const plain =
    options.looks ?? looksOn({ places: data.places, placeOrder: drawn.flatMap(({ f }) => (data.places[f.id] ? [f.id] : [])) }, options.date);
  const looks = options.comparison ? withComparison(plain, options.comparison) : plain;
  const placeShapes = drawn.map(({ layer, f }) => placeShape(layer, f, options, looks[f.id], project, draw));
  const selectedLast = [...placeShapes.filter((s) => s.key !== options.selected), ...placeShapes.filter((s) => s.key === options.selected)];
  return {
    width: options.frame.width,
    height: options.frame.height,
    background: MAP_BACKGROUND[options.theme],
    // A path whose box met the frame but whose line does not (cut to nothing) is not drawn.
    shapes: [...baseShapes(data, layers, options.theme, draw, shown), ...selectedLast].filter((s) => !('d' in s) || s.d !== ''),
    labels: options.labels ? townLabels(data, options.frame, options.locale) : [],
    placeLabels: options.labels ? placeLabels(data, layers, options, project) : [],
    labelColour: baseStyles(options.theme).town.color,
    labelHalo: MAP_BACKGROUND[options.theme],
  };
}

/** The names of the cities drawn, at their anchors, where inside the frame. */
function placeLabels(
  data: PictureData,
  layers: readonly MapLayer[],
  options: PictureOptions,
  project: ReturnType<typeof projector>,
): PictureLabel[] {
  const { width, height } = options.frame;
  return layers
    .filter((l) => l.style === 'city' && (!options.visible || options.visible.includes(l.id)))
    .flatMap((l) => l.collection.features)
    .flatMap((f) => {
      const [lat, lon] = anchorOf(f);
      const [x, y] = project([lon, lat]);
      if (x < 0 || x > width || y < 0 || y > height) return [];
      const place = data.places[f.id];
      const name = place && localName(place, options.locale ?? DEFAULT_LOCALE);
      return name ? [{ key: f.id, x, y, text: name }] : [];
    });
}

/** The base's town labels inside the frame, in a language (the shapes are the same in every language). */
export function townLabels(data: Pick<PictureData, 'base'>, frame: Frame, locale?: Locale): PictureLabel[] {
  const { width, height } = frame;
  const project = projector(frame);
  return data.base.features.flatMap((f) => {
    if (f.properties.kind !== 'town-label' || f.geometry.type !== 'Point') return [];
    const [x, y] = project(f.geometry.coordinates);
    // A town's Ukrainian name where the base has it (from the OSM reference points), its English one otherwise.
    const text = String((locale === 'uk' && f.properties.name_uk) || f.properties.name);
    return x >= 0 && x <= width && y >= 0 && y <= height ? [{ key: `${f.properties.name}-${x}-${y}`, x, y, text }] : [];
  });
}

/** Degrees of latitude the frame around a place shows at least: a few kilometres of context around a point. */
const MIN_SPAN_DEGREES = 0.12;

/**
 * A frame of width × height around a box: the box grown by `grow` about its centre, at least
 * `minSpan` degrees of latitude across, widened on one axis to the picture's proportions.
 */
function frameAroundBox([w, s, e, n]: BBox, width: number, height: number, grow: number, minSpan: number): Frame {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const k = Math.cos((cy * Math.PI) / 180);
  const halfLat = Math.max(((n - s) * grow) / 2, minSpan / 2);
  const halfLon = Math.max(((e - w) * grow) / 2, (halfLat * (width / height)) / k);
  const halfLatFitted = Math.max(halfLat, (halfLon * k * height) / width);
  return { bbox: [cx - halfLon, cy - halfLatFitted, cx + halfLon, cy + halfLatFitted], width, height };
}

/** A frame of width × height around a place's geometry, with a margin and at least MIN_SPAN_DEGREES across. */
export function frameAround(geometry: Geometry, width: number, height: number): Frame {
  return frameAroundBox(bbox(geometry) as BBox, width, height, 1.3, MIN_SPAN_DEGREES);
}

/**
 * The frame of a map view (lib/first-view.ts) in a picture of width × height: a centre and zoom
 * cover what the live map would show at that zoom in a frame of that size (256-pixel tiles; the
 * projection's scale at the centre's latitude); bounds are fitted with a small margin.
 */
export function frameOfView(view: FirstView, width: number, height: number): Frame {
  if ('bounds' in view) {
    const [[s, w], [n, e]] = view.bounds;
    return frameAroundBox([w, s, e, n], width, height, 1.1, 0);
  }
  const [lat, lon] = view.center;
  const degreesPerPixel = 360 / (256 * 2 ** view.zoom);
  const halfLon = (width / 2) * degreesPerPixel;
  const halfLat = (height / 2) * degreesPerPixel * Math.cos((lat * Math.PI) / 180);
  return { bbox: [lon - halfLon, lat - halfLat, lon + halfLon, lat + halfLat], width, height };
}
