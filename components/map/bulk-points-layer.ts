/**
 * One canvas for a whole bulk point layer (lib/bulk-points.ts): no Leaflet object, SVG element or
 * event target per point. The points are projected once, at zoom 0 (any zoom is a scale of that),
 * into a spatial index (lib/bulk-point-index.ts) that answers both which points to draw and which
 * point a click is on. The points in the drawn area are drawn in one pass when the view settles
 * (moveend); while the map is dragged the canvas moves with it, and during a zoom animation it is
 * scaled like Leaflet's own renderers. Each point is a copy of a small pre-drawn sprite of its style
 * (point-sprite.ts), so overlapping points look as Leaflet's circle markers do. A plain point whose
 * every pixel later plain points paint over opaquely is left out (cover-grid.ts): at the full view
 * of 100,000 points most of them are, and the picture is the same to the pixel.
 *
 * The canvas lets clicks through (layers under it stay clickable); a click on the map is tested
 * against the points (the nearest within a few pixels of its circle) and fires `pointclick` with
 * the point's index. Points are not focusable: the text list is their keyboard and screen reader
 * twin. After each draw the canvas carries `data-drawn` (the number of points in the drawn area,
 * those left out as covered included), which the scale bench and the browser tests wait for,
 * `data-covered` (how many of them were left out), and `data-layer` names the layer.
 * A Leaflet layer class with no React, so that the embed's client and a react-leaflet component can
 * share it.
 */
import * as L from 'leaflet';
import { BulkPointIndex } from '@/lib/bulk-point-index';
import type { BulkPoints } from '@/lib/bulk-points';
import type { PathStyle } from '@/lib/styles';
import { CoverGrid, coveredCopies } from './cover-grid';
import { isForPane } from './is-for-pane';
import { outerRadius, type PointSprite, PointSprites } from './point-sprite';

export interface BulkPointsLayerOptions extends L.LayerOptions {
  pane: string;
  /** The layer's id, written on the canvas as `data-layer`. */
  layerId: string;
  /** The style of every point but those in `special`. */
  style: PathStyle;
  /** Indexes of points drawn with a style of their own (`styleAt`), over the others. */
  special?: readonly number[];
  /** The style of a special or selected point. */
  styleAt?: (i: number, selected: boolean) => PathStyle;
}

export interface PointClickEvent extends L.LeafletEvent {
  index: number;
}

/** Share of the map's size drawn beyond each edge, so a drag shows points before the redraw. */
const PADDING = 0.5;
/** Pixels beyond a point's circle that still count as a click on it. */
const HIT_SLOP = 3;

/** Leaflet 1.9's own helper for zoom animations (used by its markers); not in its public types. */
interface AnimatedMap {
  _zoomAnimated: boolean;
  _latLngToNewLayerPoint(latlng: L.LatLng, zoom: number, center: L.LatLng): L.Point;
}

/** Leaflet 1.9's drag handler, whose `moved()` its types leave out. */
type DragHandler = L.Handler & { moved(): boolean };

/** The canvas's place for one draw: its size in CSS pixels, and its top-left corner in CRS pixels at `scale`. */
interface DrawFrame {
  ctx: CanvasRenderingContext2D;
  w: number;
  h: number;
  originX: number;
  originY: number;
  scale: number;
}

const isAnimated = (map: L.Map) => (map as unknown as AnimatedMap)._zoomAnimated;

export class BulkPointsLayer extends L.Layer {
  declare options: BulkPointsLayerOptions;
  private readonly points: BulkPoints;
  private readonly special: Uint8Array;
  /** Null until the layer is first added (it needs the map's CRS). */
  private index: BulkPointIndex | null = null;
  private canvas: HTMLCanvasElement | null = null;
  /** Where and at which zoom the canvas was drawn: its top-left corner and zoom (for zoom animations). */
  private drawnAt: { topLeft: L.LatLng; zoom: number } | null = null;
  private selected = -1;
  private readonly sprites = new PointSprites();
  private hoverFrame = 0;
  /** Reused between draws while the canvas keeps its size. */
  private grid: CoverGrid | null = null;

  constructor(points: BulkPoints, options: BulkPointsLayerOptions) {
    super(options);
    L.setOptions(this, options);
    this.points = points;
    this.special = new Uint8Array(points.ids.length);
    for (const i of options.special ?? []) this.special[i] = 1;
  }

  override onAdd(map: L.Map): this {
    this.index ??= this.project(map);
    const canvas = L.DomUtil.create('canvas', `fm-bulk-points leaflet-zoom-${isAnimated(map) ? 'animated' : 'hide'}`);
    canvas.style.pointerEvents = 'none';
    canvas.dataset.layer = this.options.layerId;
    this.canvas = canvas;
    this.getPane()!.appendChild(canvas);
    const container = map.getContainer();
    container.addEventListener('click', this.onClick, true);
    container.addEventListener('mousemove', this.onMouseMove);
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    const container = map.getContainer();
    container.removeEventListener('click', this.onClick, true);
    container.removeEventListener('mousemove', this.onMouseMove);
    container.classList.remove('fm-bulk-hover');
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = 0;
    this.canvas?.remove();
    this.canvas = null;
    this.drawnAt = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    const events: Record<string, L.LeafletEventHandlerFn> = { moveend: this.draw, viewreset: this.draw };
    if (this._map && isAnimated(this._map)) events.zoomanim = this.animateZoom as L.LeafletEventHandlerFn;
    return events;
  }

  /** Draws point `i` (or none, -1) as selected. */
  setSelected(i: number): void {
    if (i === this.selected) return;
    this.selected = i;
    if (this._map) this.draw();
  }

  /**
   * Takes new styles, if given, and redraws what styles may have changed (they may depend on the
   * date or the theme): the special and selected points always, the others when their style changed.
   */
  restyle(styles: Pick<Partial<BulkPointsLayerOptions>, 'style' | 'styleAt'> = {}): void {
    const plainChanged = styles.style !== undefined && JSON.stringify(styles.style) !== JSON.stringify(this.options.style);
    L.setOptions(this, styles);
    if (this._map && (plainChanged || this.options.special?.length || this.selected >= 0)) this.draw();
  }

  /** The index of the point drawn under a container point (the nearest within its circle and a few pixels), or -1. */
  hitAt(containerPoint: L.Point): number {
    const map = this._map;
    if (!map || !this.index) return -1;
    const p = map.containerPointToLayerPoint(containerPoint).add(map.getPixelOrigin());
    return this.index.nearest({ x: p.x, y: p.y, scale: this.scaleAt(map, map.getZoom()), reach: outerRadius(this.options.style) + HIT_SLOP });
  }

  /** Projects every point once, at zoom 0, into the index. */
  private project(map: L.Map): BulkPointIndex {
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    const n = this.points.ids.length;
    const c = this.points.coords;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = crs.latLngToPoint(L.latLng(c[2 * i + 1]!, c[2 * i]!), 0);
      x[i] = p.x;
      y[i] = p.y;
    }
    return new BulkPointIndex(x, y);
  }

  /** Factor from zoom-0 CRS pixels to CRS pixels at `zoom`. */
  private scaleAt(map: L.Map, zoom: number): number {
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    return crs.scale(zoom) / crs.scale(0);
  }

  /** Draws every point in the padded view, ordinary ones first, then the special ones, then the selected one. */
  private readonly draw = (): void => {
    const map = this._map;
    if (!map || !this.canvas || !this.index) return;
    const frame = this.prepareCanvas(map, this.canvas);
    const plain = this.drawPlain(frame);
    let drawn = plain.inArea;
    const { selected } = this;
    const styleAt = this.options.styleAt;
    for (const i of this.options.special ?? [])
      if (i !== selected && this.put(frame, this.sprites.of(styleAt?.(i, false) ?? this.options.style), i)) drawn++;
    if (selected >= 0 && this.put(frame, this.sprites.of(styleAt?.(selected, true) ?? this.options.style), selected)) drawn++;
    this.canvas.dataset.drawn = String(drawn);
    this.canvas.dataset.covered = String(plain.covered);
  };

  /** Sizes, places and clears the canvas for the padded view. */
  private prepareCanvas(map: L.Map, canvas: HTMLCanvasElement): DrawFrame {
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    const w = Math.round(size.x * (1 + 2 * PADDING));
    const h = Math.round(size.y * (1 + 2 * PADDING));
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    L.DomUtil.setPosition(canvas, min);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const zoom = map.getZoom();
    this.drawnAt = { topLeft: map.layerPointToLatLng(min), zoom };
    const origin = map.getPixelOrigin().add(min);
    return { ctx, w, h, originX: origin.x, originY: origin.y, scale: this.scaleAt(map, zoom) };
  }

  /**
   * Draws the plain points (neither special nor selected) that reach into the canvas, in order,
   * but those that later plain points paint over opaquely (cover-grid.ts).
   * @returns how many reach into the canvas, left out or not, and how many were left out
   */
  private drawPlain(frame: DrawFrame): { inArea: number; covered: number } {
    const { ctx, w, h, originX, originY, scale } = frame;
    const sprite = this.sprites.of(this.options.style);
    const half = sprite.size / 2;
    // One pixel wider than the sprites reach, for the rounding of positions; `reaches` is exact.
    const slack = half + 1;
    const candidates = this.index!.inBox({
      minX: (originX - slack) / scale,
      minY: (originY - slack) / scale,
      maxX: (originX + w + slack) / scale,
      maxY: (originY + h + slack) / scale,
    });
    const { x, y } = this.index!;
    // Top-left corners of the copies, in drawing order.
    const left = new Int32Array(candidates.length);
    const top = new Int32Array(candidates.length);
    let inArea = 0;
    for (const i of candidates) {
      if (this.special[i] || i === this.selected) continue;
      const X = Math.round(x[i]! * scale) - originX;
      const Y = Math.round(y[i]! * scale) - originY;
      if (!reaches(half, X, Y, w, h)) continue;
      left[inArea] = X - half;
      top[inArea] = Y - half;
      inArea++;
    }
    const dpr = window.devicePixelRatio || 1;
    let skip: Uint8Array;
    if (sprite.mask) {
      this.grid = CoverGrid.emptyOf(this.grid, ctx.canvas.width, ctx.canvas.height);
      skip = coveredCopies(this.grid, sprite.mask, left, top, inArea, dpr);
    } else skip = new Uint8Array(inArea);
    let covered = 0;
    for (let j = 0; j < inArea; j++) {
      if (skip[j]) covered++;
      else ctx.drawImage(sprite.image, left[j]!, top[j]!, sprite.size, sprite.size);
    }
    return { inArea, covered };
  }

  /** Draws point i with a sprite, if it reaches into the canvas; whether it did. */
  private put(frame: DrawFrame, sprite: PointSprite, i: number): boolean {
    const { x, y } = this.index!;
    const half = sprite.size / 2;
    const X = Math.round(x[i]! * frame.scale) - frame.originX;
    const Y = Math.round(y[i]! * frame.scale) - frame.originY;
    if (!reaches(half, X, Y, frame.w, frame.h)) return false;
    frame.ctx.drawImage(sprite.image, X - half, Y - half, sprite.size, sprite.size);
    return true;
  }

  /** Scales the drawn canvas with the map's zoom animation (as Leaflet's renderers and image overlays do). */
  private readonly animateZoom = (e: L.ZoomAnimEvent): void => {
    const map = this._map;
    if (!map || !this.canvas || !this.drawnAt) return;
    const offset = (map as unknown as AnimatedMap)._latLngToNewLayerPoint(this.drawnAt.topLeft, e.zoom, e.center);
    L.DomUtil.setTransform(this.canvas, offset, map.getZoomScale(e.zoom, this.drawnAt.zoom));
  };

  private readonly onClick = (e: MouseEvent): void => {
    const map = this._map;
    // A click that ends a drag is not a click on a point (Leaflet ignores it too).
    if (!map || (map.dragging as DragHandler | undefined)?.moved() || !isForPane(e.target, this.getPane())) return;
    const index = this.hitAt(map.mouseEventToContainerPoint(e));
    if (index < 0) return;
    // Ours: the map's own click (which closes the pop-up) and any layer under the point never see it.
    e.stopPropagation();
    this.fire('pointclick', { index });
  };

  private readonly onMouseMove = (e: MouseEvent): void => {
    const map = this._map;
    if (!map || e.buttons !== 0 || this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const over = isForPane(e.target, this.getPane()) && this.hitAt(map.mouseEventToContainerPoint(e)) >= 0;
      map.getContainer().classList.toggle('fm-bulk-hover', over);
    });
  };
}

/** Whether a sprite of this half-size centred at (x, y) reaches into a w × h canvas. */
function reaches(half: number, x: number, y: number, w: number, h: number): boolean {
  return x >= -half && y >= -half && x <= w + half && y <= h + half;
}
