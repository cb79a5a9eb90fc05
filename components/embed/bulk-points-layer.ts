/**
 * One canvas for a whole bulk point layer (lib/bulk-points.ts): no Leaflet object, SVG element or
 * event target per point. The points are projected once (at zoom 0; any zoom is a scale of that),
 * and every visible point is drawn in one pass when the view settles (moveend); while the map is
 * dragged the canvas moves with it, and during a zoom animation it is scaled like Leaflet's own
 * renderers. Each point is a copy of a small pre-drawn sprite of its style (fill and stroke from the
 * style table), so overlapping points look as Leaflet's circle markers do. A plain point whose
 * every pixel a later plain point paints over opaquely is left out (cover-grid.ts): at the full view
 * of 100,000 points most of them are, and the picture is the same to the pixel.
 *
 * The canvas lets clicks through (layers under it stay clickable); a click on the map is tested
 * against the points (the nearest within a few pixels of its circle) and fires `pointclick` with
 * the point's index. Points are not focusable: the text list is their keyboard and screen reader
 * twin. After each draw the canvas carries `data-drawn` (the number of points in the drawn area,
 * those left out as covered included), which the scale bench and the browser tests wait for,
 * `data-covered` (how many of them were left out) and `data-layer` names the layer.
 */
import L from 'leaflet';
import type { BulkPoints } from '@/lib/bulk-points';
import type { PathStyle } from '@/lib/styles';
import { CoverGrid, coveredCopies, type SpriteMask, spriteMask } from './cover-grid';

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

interface Sprite {
  image: HTMLCanvasElement;
  /** Size in CSS pixels (square; even, so the centre falls on a pixel corner as Leaflet's does). */
  size: number;
  /** Its pixels by row, when it is copied 1:1 onto device pixels (a whole devicePixelRatio); else null. */
  mask: SpriteMask | null;
}

const outerRadius = (s: PathStyle) => (s.radius ?? 5) + s.weight / 2;

/**
 * A sprite's mask, read from a copy of it: reading pixels back from a canvas can move it out of the
 * GPU (Chromium's willReadFrequently heuristics), and the sprite itself is copied thousands of times.
 */
function maskOf(image: HTMLCanvasElement): SpriteMask {
  const copy = document.createElement('canvas');
  copy.width = image.width;
  copy.height = image.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(image, 0, 0);
  return spriteMask(ctx.getImageData(0, 0, copy.width, copy.height).data, copy.width, copy.height);
}

export class BulkPointsLayer extends L.Layer {
  declare options: BulkPointsLayerOptions;
  private readonly points: BulkPoints;
  private readonly special: Uint8Array;
  /** Projected coordinates at zoom 0 (CRS pixels); null until the layer is first added. */
  private x: Float64Array | null = null;
  private y: Float64Array | null = null;
  private canvas: HTMLCanvasElement | null = null;
  /** Where and at which zoom the canvas was drawn: its top-left corner and zoom (for zoom animations). */
  private drawnAt: { topLeft: L.LatLng; zoom: number } | null = null;
  private selected = -1;
  private readonly sprites = new Map<string, Sprite>();
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
    if (!this.x) this.project(map);
    const canvas = L.DomUtil.create('canvas', `fm-bulk-points leaflet-zoom-${(map as unknown as AnimatedMap)._zoomAnimated ? 'animated' : 'hide'}`);
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
    if (this._map && (this._map as unknown as AnimatedMap)._zoomAnimated) events.zoomanim = this.animateZoom as L.LeafletEventHandlerFn;
    return events;
  }

  /** Draws point `i` (or none, -1) as selected. */
  setSelected(i: number): void {
    if (i === this.selected) return;
    this.selected = i;
    if (this._map) this.draw();
  }

  /** Redraws the special points' styles (they may depend on the date). */
  restyle(): void {
    if (this._map && this.options.special?.length) this.draw();
  }

  /** The index of the point drawn under a container point (the nearest within its circle and a few pixels), or -1. */
  hitAt(containerPoint: L.Point): number {
    const map = this._map;
    if (!map || !this.x || !this.y) return -1;
    const p = map.containerPointToLayerPoint(containerPoint).add(map.getPixelOrigin());
    const k = this.scaleAt(map, map.getZoom());
    const reach = outerRadius(this.options.style) + HIT_SLOP;
    let best = -1;
    let bestD = reach * reach;
    for (let i = this.x.length - 1; i >= 0; i--) {
      const dx = Math.round(this.x[i]! * k) - p.x;
      if (dx > reach || dx < -reach) continue;
      const dy = Math.round(this.y[i]! * k) - p.y;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** Projects every point once, at zoom 0. */
  private project(map: L.Map): void {
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    const n = this.points.ids.length;
    const c = this.points.coords;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = crs.latLngToPoint(L.latLng(c[2 * i + 1]!, c[2 * i]!), 0);
      this.x[i] = p.x;
      this.y[i] = p.y;
    }
  }

  /** Factor from zoom-0 CRS pixels to CRS pixels at `zoom`. */
  private scaleAt(map: L.Map, zoom: number): number {
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    return crs.scale(zoom) / crs.scale(0);
  }

  private sprite(style: PathStyle): Sprite {
    const dpr = window.devicePixelRatio || 1;
    const key = `${dpr} ${JSON.stringify(style)}`;
    const cached = this.sprites.get(key);
    if (cached) return cached;
    const size = 2 * Math.ceil(outerRadius(style) + 1);
    const image = document.createElement('canvas');
    image.width = image.height = Math.ceil(size * dpr);
    const ctx = image.getContext('2d')!;
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, style.radius ?? 5, 0, Math.PI * 2);
    if (style.fillColor) {
      ctx.globalAlpha = style.fillOpacity ?? 0.2;
      ctx.fillStyle = style.fillColor;
      ctx.fill();
    }
    if (style.weight > 0) {
      ctx.globalAlpha = style.opacity;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = style.weight;
      ctx.stroke();
    }
    // At a whole devicePixelRatio the sprite lands 1:1 on whole device pixels (CSS positions are
    // whole pixels), so its pixels say exactly which canvas pixels a copy paints and covers.
    const exact = Number.isInteger(dpr) && image.width === size * dpr;
    const sprite = { image, size, mask: exact ? maskOf(image) : null };
    this.sprites.set(key, sprite);
    return sprite;
  }

  /** Draws every point in the padded view, ordinary ones first, then the special ones, then the selected one. */
  private readonly draw = (): void => {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas || !this.x || !this.y) return;
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
    const k = this.scaleAt(map, zoom);
    const origin = map.getPixelOrigin().add(min);
    const { x, y, special, selected } = this;
    const px = (i: number) => Math.round(x[i]! * k) - origin.x;
    const py = (i: number) => Math.round(y[i]! * k) - origin.y;
    /** Whether a sprite of this half-size centred at (X, Y) reaches into the canvas. */
    const shows = (half: number, X: number, Y: number) => X >= -half && Y >= -half && X <= w + half && Y <= h + half;
    const plain = this.sprite(this.options.style);
    // The plain points in the drawn area, in order. Those that would leave no trace (every pixel
    // they paint is painted over opaquely by plain points drawn after them) are left out.
    const half = plain.size / 2;
    const gx = new Int32Array(x.length);
    const gy = new Int32Array(x.length);
    let inArea = 0;
    for (let i = 0; i < x.length; i++) {
      if (special[i] || i === selected) continue;
      const X = px(i);
      const Y = py(i);
      if (!shows(half, X, Y)) continue;
      gx[inArea] = X - half;
      gy[inArea] = Y - half;
      inArea++;
    }
    const skip = plain.mask ? coveredCopies(this.coverGrid(canvas.width, canvas.height), plain.mask, gx, gy, inArea, dpr) : new Uint8Array(inArea);
    let covered = 0;
    for (let j = 0; j < inArea; j++) {
      if (skip[j]) covered++;
      else ctx.drawImage(plain.image, gx[j]!, gy[j]!, plain.size, plain.size);
    }
    const put = (sprite: Sprite, i: number): boolean => {
      const half = sprite.size / 2;
      const X = px(i);
      const Y = py(i);
      if (!shows(half, X, Y)) return false;
      ctx.drawImage(sprite.image, X - half, Y - half, sprite.size, sprite.size);
      return true;
    };
    const styleAt = this.options.styleAt;
    for (const i of this.options.special ?? []) if (i !== selected && put(this.sprite(styleAt?.(i, false) ?? this.options.style), i)) inArea++;
    if (selected >= 0 && put(this.sprite(styleAt?.(selected, true) ?? this.options.style), selected)) inArea++;

    this.drawnAt = { topLeft: map.layerPointToLatLng(min), zoom };
    canvas.dataset.drawn = String(inArea);
    canvas.dataset.covered = String(covered);
  };

  /** An empty cover grid of the canvas's size in device pixels. */
  private coverGrid(width: number, height: number): CoverGrid {
    if (this.grid?.width === width && this.grid.height === height) this.grid.clear();
    else this.grid = new CoverGrid(width, height);
    return this.grid;
  }

  /** Scales the drawn canvas with the map's zoom animation (as Leaflet's renderers and image overlays do). */
  private readonly animateZoom = (e: L.ZoomAnimEvent): void => {
    const map = this._map;
    if (!map || !this.canvas || !this.drawnAt) return;
    const offset = (map as unknown as AnimatedMap)._latLngToNewLayerPoint(this.drawnAt.topLeft, e.zoom, e.center);
    L.DomUtil.setTransform(this.canvas, offset, map.getZoomScale(e.zoom, this.drawnAt.zoom));
  };

  /** Whether a click or hover at this element is for the points: not on a control, pop-up or a pane above them. */
  private reaches(target: EventTarget | null): boolean {
    if (!(target instanceof Element) || target.closest('.leaflet-control-container')) return false;
    const pane = target.closest<HTMLElement>('.leaflet-pane:not(.leaflet-map-pane)');
    const own = this.getPane();
    if (!pane || !own || pane === own) return true;
    return Number(getComputedStyle(pane).zIndex) < Number(getComputedStyle(own).zIndex);
  }

  private readonly onClick = (e: MouseEvent): void => {
    const map = this._map;
    // A click that ends a drag is not a click on a point (Leaflet ignores it too).
    if (!map || (map.dragging as DragHandler | undefined)?.moved() || !this.reaches(e.target)) return;
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
      const over = this.reaches(e.target) && this.hitAt(map.mouseEventToContainerPoint(e)) >= 0;
      map.getContainer().classList.toggle('fm-bulk-hover', over);
    });
  };
}
