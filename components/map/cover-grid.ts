/**
 * Which copies of a sprite can be left out of a canvas without changing a pixel of it. A sprite
 * copy drawn with source-over onto pixels that a later copy paints fully opaque (alpha 255) leaves
 * no trace: the later copy replaces them. So, going through the points back to front, a point whose
 * every painted pixel is already covered by opaque pixels of points drawn after it can be skipped.
 * Pure (no DOM): the bulk point layer (bulk-points-layer.ts, point-sprite.ts) reads the sprite's
 * pixels and feeds them here. Exact only when the sprite is copied 1:1 onto whole device pixels
 * (point-sprite.ts checks). No spatial index does this: it answers where points are, not whether
 * the ones drawn after a point hide every pixel of it.
 */

/** A sprite's pixels by row: the run it paints (alpha > 0) and its longest fully opaque run. */
export interface SpriteMask {
  width: number;
  height: number;
  /** Row r paints columns [paintFrom[r], paintTo[r]) (empty when equal). */
  paintFrom: Int16Array;
  paintTo: Int16Array;
  /** Row r is fully opaque over columns [opaqueFrom[r], opaqueTo[r]) (empty when equal). */
  opaqueFrom: Int16Array;
  opaqueTo: Int16Array;
}

/**
 * Reads a sprite's mask from its RGBA pixels.
 * @param rgba the sprite's pixels, 4 bytes each, row by row (an ImageData's `data`)
 * @param width the sprite's width in pixels
 * @param height the sprite's height in pixels
 * @returns per row, the painted run (first to last pixel with alpha > 0) and the longest opaque run
 * @example spriteMask(ctx.getImageData(0, 0, 14, 14).data, 14, 14)
 */
export function spriteMask(rgba: ArrayLike<number>, width: number, height: number): SpriteMask {
  if (rgba.length !== width * height * 4) throw new Error(`spriteMask: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  const mask: SpriteMask = {
    width,
    height,
    paintFrom: new Int16Array(height),
    paintTo: new Int16Array(height),
    opaqueFrom: new Int16Array(height),
    opaqueTo: new Int16Array(height),
  };
  for (let r = 0; r < height; r++) {
    let first = -1;
    let last = -1;
    let runStart = -1;
    for (let c = 0; c < width; c++) {
      const a = rgba[(r * width + c) * 4 + 3]!;
      if (a > 0) {
        if (first < 0) first = c;
        last = c;
      }
      if (a === 255) {
        if (runStart < 0) runStart = c;
        if (c + 1 - runStart > mask.opaqueTo[r]! - mask.opaqueFrom[r]!) {
          mask.opaqueFrom[r] = runStart;
          mask.opaqueTo[r] = c + 1;
        }
      } else runStart = -1;
    }
    if (first >= 0) {
      mask.paintFrom[r] = first;
      mask.paintTo[r] = last + 1;
    }
  }
  return mask;
}

/** One bit per device pixel of a canvas: set once an opaque pixel of a later point covers it. */
export class CoverGrid {
  readonly width: number;
  readonly height: number;
  private readonly words: number;
  private readonly bits: Int32Array;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.words = (width + 31) >>> 5;
    this.bits = new Int32Array(this.words * height);
  }

  /**
   * An empty grid of a size: `previous`, cleared, when it has that size (a layer redrawing a canvas
   * of the same size allocates nothing), else a new one.
   */
  static emptyOf(previous: CoverGrid | null, width: number, height: number): CoverGrid {
    if (previous?.width !== width || previous.height !== height) return new CoverGrid(width, height);
    previous.clear();
    return previous;
  }

  /** Uncovers every pixel. */
  clear(): void {
    this.bits.fill(0);
  }

  /**
   * Whether every pixel the sprite paints with its top-left corner at (x, y) is covered. Pixels off
   * the grid count as covered: nobody sees them.
   */
  covers(mask: SpriteMask, x: number, y: number): boolean {
    for (let r = 0; r < mask.height; r++) {
      const row = y + r;
      if (row < 0 || row >= this.height) continue;
      const from = Math.max(0, x + mask.paintFrom[r]!);
      const to = Math.min(this.width, x + mask.paintTo[r]!);
      if (from < to && !this.runSet(row, from, to)) return false;
    }
    return true;
  }

  /** Marks the sprite's opaque pixels, with its top-left corner at (x, y), as covered. */
  cover(mask: SpriteMask, x: number, y: number): void {
    for (let r = 0; r < mask.height; r++) {
      const row = y + r;
      if (row < 0 || row >= this.height) continue;
      const from = Math.max(0, x + mask.opaqueFrom[r]!);
      const to = Math.min(this.width, x + mask.opaqueTo[r]!);
      if (from >= to) continue;
      const base = row * this.words;
      for (let w = from >>> 5, last = (to - 1) >>> 5; w <= last; w++) this.bits[base + w] = this.bits[base + w]! | bitsOf(w, from, to);
    }
  }

  /** Whether pixels [from, to) of a row are all covered. */
  private runSet(row: number, from: number, to: number): boolean {
    const base = row * this.words;
    for (let w = from >>> 5, last = (to - 1) >>> 5; w <= last; w++) {
      const m = bitsOf(w, from, to);
      if ((this.bits[base + w]! & m) !== m) return false;
    }
    return true;
  }
}

/** The bits of 32-bit word w that fall in pixels [from, to), as an int32. */
function bitsOf(w: number, from: number, to: number): number {
  const lo = Math.max(from - (w << 5), 0);
  const hi = Math.min(to - (w << 5), 32) - 1;
  return (0xffffffff >>> (31 - hi + lo)) << lo;
}

/**
 * Which of n copies of one sprite, drawn in order with their top-left corners at (xs[j], ys[j])
 * (CSS pixels; times `scale`, a whole devicePixelRatio, in device pixels), leave no trace in the picture: every pixel they paint is painted over opaquely
 * by later copies. Goes back to front through a cleared grid (which it fills).
 * @param grid a cleared grid of the canvas's size in device pixels
 * @param mask the sprite's mask (spriteMask)
 * @param n how many of xs and ys are copies
 * @param scale device pixels per CSS pixel (default 1)
 * @returns 1 for each copy that can be left out, 0 for the others
 * @example coveredCopies(new CoverGrid(100, 100), mask, Int32Array.of(10, 10), Int32Array.of(10, 10), 2)
 */
export function coveredCopies(grid: CoverGrid, mask: SpriteMask, xs: Int32Array, ys: Int32Array, n: number, scale = 1): Uint8Array {
  if (!Number.isInteger(scale)) throw new Error(`coveredCopies: scale ${scale} is not a whole number`);
  const out = new Uint8Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const x = xs[j]! * scale;
    const y = ys[j]! * scale;
    if (grid.covers(mask, x, y)) out[j] = 1;
    else grid.cover(mask, x, y);
  }
  return out;
}
