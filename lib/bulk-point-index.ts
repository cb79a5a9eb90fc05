/**
 * A spatial index of a bulk layer's points (lib/bulk-points.ts) for the canvas that draws them
 * (components/map/bulk-points-layer.ts): which points lie in the drawn area, and which point is
 * under the pointer. Positions are a projection's pixels at zoom 0 (Leaflet's CRS `latLngToPoint`
 * at zoom 0); any other zoom is a scale of them, so one index serves every zoom. The tree is
 * kdbush's (a static k-d tree over a flat array: 100,000 points index in a few milliseconds), in
 * place of a scan over every point per draw and per pointer move. Pure: no DOM, no Leaflet.
 */
import KDBush from 'kdbush';

/** A box in zoom-0 pixels. */
export interface PixelBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Where the pointer is and how far a point reaches, in pixels at the map's zoom. */
export interface HitQuery {
  /** The pointer in the projection's pixels at the map's zoom. */
  x: number;
  y: number;
  /** Pixels per zoom-0 pixel at the map's zoom (2^zoom for Web Mercator). */
  scale: number;
  /** A point is hit when the pointer is closer than this to its (rounded) position. */
  reach: number;
}

export class BulkPointIndex {
  /** Zoom-0 pixel positions, by point index (as given). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  private readonly tree: KDBush;

  /**
   * @param x the points' zoom-0 pixel x, by index
   * @param y the points' zoom-0 pixel y, by index
   * @example new BulkPointIndex(Float64Array.of(10, 20), Float64Array.of(5, 5)).inBox({ minX: 0, minY: 0, maxX: 15, maxY: 10 }) // Uint32Array [0]
   */
  constructor(x: Float64Array, y: Float64Array) {
    if (x.length !== y.length) throw new Error(`BulkPointIndex: ${x.length} x positions but ${y.length} y positions`);
    this.x = x;
    this.y = y;
    this.tree = new KDBush(x.length);
    for (let i = 0; i < x.length; i++) this.tree.add(x[i]!, y[i]!);
    this.tree.finish();
  }

  get size(): number {
    return this.x.length;
  }

  /**
   * The points in a box, edges included.
   * @returns their indexes in ascending order: the order they are drawn in, so a later point
   *   covers an earlier one as it always has
   */
  inBox(box: PixelBox): Uint32Array {
    return Uint32Array.from(this.tree.range(box.minX, box.minY, box.maxX, box.maxY)).sort();
  }

  /**
   * The point under the pointer: the nearest, by its position rounded to whole pixels at the map's
   * zoom (where it is drawn), closer than `reach`; between points as near, the later (drawn on top).
   * @returns its index, or -1 when none is that close
   */
  nearest(q: HitQuery): number {
    // Rounding moves a drawn point by up to half a pixel each way: ask the tree a little wider.
    const candidates = this.tree.within(q.x / q.scale, q.y / q.scale, (q.reach + 1) / q.scale);
    let best = -1;
    let bestDistance = q.reach * q.reach;
    for (const i of candidates) {
      const dx = Math.round(this.x[i]! * q.scale) - q.x;
      const dy = Math.round(this.y[i]! * q.scale) - q.y;
      const d = dx * dx + dy * dy;
      if (d < bestDistance || (d === bestDistance && best >= 0 && i > best)) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }
}
