import { describe, expect, it } from 'vitest';
import { CoverGrid, coveredCopies, type SpriteMask, spriteMask } from '@/components/map/cover-grid';
import { mulberry32 } from '@/scripts/bench/synthetic';

/** RGBA pixels of a w × h sprite from a function giving each pixel's alpha. */
function rgbaOf(w: number, h: number, alpha: (c: number, r: number) => number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) data[(r * w + c) * 4 + 3] = alpha(c, r);
  return data;
}

/** A disc like the layer's sprites: opaque inside, partly transparent on a one-pixel rim (anti-aliasing). */
function disc(size: number): Uint8ClampedArray {
  const centre = size / 2;
  return rgbaOf(size, size, (c, r) => {
    const d = Math.hypot(c + 0.5 - centre, r + 0.5 - centre);
    return d <= centre - 1.5 ? 255 : d <= centre - 0.5 ? 120 : 0;
  });
}

/**
 * Draws copies of a sprite (alpha only) with source-over into a w × h picture, one value per pixel,
 * each copy in its own shade so that any difference in which copy shows is seen: the reference the
 * grid must agree with.
 */
function paint(
  w: number,
  h: number,
  size: number,
  alpha: Uint8ClampedArray,
  xs: Int32Array,
  ys: Int32Array,
  keep: (j: number) => boolean,
): Float64Array {
  const colour = new Float64Array(w * h);
  const cover = new Float64Array(w * h);
  for (let j = 0; j < xs.length; j++) {
    if (!keep(j)) continue;
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const X = xs[j]! + c;
        const Y = ys[j]! + r;
        const a = alpha[(r * size + c) * 4 + 3]! / 255;
        if (X < 0 || Y < 0 || X >= w || Y >= h || a === 0) continue;
        const p = Y * w + X;
        colour[p] = (j + 1) * a + colour[p]! * (1 - a);
        cover[p] = a + cover[p]! * (1 - a);
      }
    }
  }
  return Float64Array.from(colour, (v, p) => v + 1e6 * cover[p]!);
}

describe('spriteMask', () => {
  it('gives each row its painted run and its longest opaque run', () => {
    const alphas = [
      [0, 0, 0, 0, 0],
      [0, 80, 255, 80, 0],
      [255, 255, 10, 255, 255],
      [0, 255, 255, 255, 40],
    ];
    const mask = spriteMask(
      rgbaOf(5, 4, (c, r) => alphas[r]![c]!),
      5,
      4,
    );
    expect([...mask.paintFrom]).toEqual([0, 1, 0, 1]);
    expect([...mask.paintTo]).toEqual([0, 4, 5, 5]);
    expect([...mask.opaqueFrom]).toEqual([0, 2, 0, 1]);
    expect([...mask.opaqueTo]).toEqual([0, 3, 2, 4]);
  });

  it('refuses pixels of the wrong size', () => {
    expect(() => spriteMask(new Uint8ClampedArray(12), 2, 2)).toThrow(/not 2 × 2 RGBA pixels/);
  });
});

describe('CoverGrid', () => {
  const square = (n: number): SpriteMask =>
    spriteMask(
      rgbaOf(n, n, () => 255),
      n,
      n,
    );

  it('covers nothing at first, and a run once an opaque copy is over it, across word boundaries', () => {
    const grid = new CoverGrid(100, 10);
    const mask = square(6);
    expect(grid.covers(mask, 29, 2)).toBe(false);
    grid.cover(mask, 28, 2);
    expect(grid.covers(mask, 28, 2)).toBe(true);
    expect(grid.covers(mask, 29, 2)).toBe(false);
    expect(grid.covers(mask, 28, 3)).toBe(false);
    grid.cover(mask, 30, 2);
    expect(grid.covers(mask, 29, 2)).toBe(true);
    grid.clear();
    expect(grid.covers(mask, 28, 2)).toBe(false);
  });

  it('counts pixels off the grid as covered', () => {
    const grid = new CoverGrid(40, 40);
    const mask = square(8);
    expect(grid.covers(mask, -8, 5)).toBe(true);
    expect(grid.covers(mask, 40, 40)).toBe(true);
    expect(grid.covers(mask, -4, -4)).toBe(false);
    grid.cover(mask, -4, -4);
    expect(grid.covers(mask, -4, -4)).toBe(true);
    expect(grid.covers(mask, -5, -5)).toBe(true);
  });

  it('a whole 32-pixel word and runs wider than one word', () => {
    const grid = new CoverGrid(200, 2);
    const wide = spriteMask(
      rgbaOf(70, 1, () => 255),
      70,
      1,
    );
    grid.cover(wide, 32, 0);
    expect(grid.covers(wide, 32, 0)).toBe(true);
    expect(grid.covers(square(1), 31, 0)).toBe(false);
    expect(grid.covers(square(1), 101, 0)).toBe(true);
    expect(grid.covers(square(1), 102, 0)).toBe(false);
  });
});

describe('coveredCopies', () => {
  it('a copy exactly under another still shows on its anti-aliased rim; under a crowd it does not', () => {
    const alpha = disc(14);
    const mask = spriteMask(alpha, 14, 14);
    expect([...coveredCopies(new CoverGrid(50, 50), mask, Int32Array.of(10, 10), Int32Array.of(10, 10), 2)]).toEqual([0, 0]);
    const xs = Int32Array.of(10, 8, 12, 10, 10);
    const ys = Int32Array.of(10, 10, 10, 8, 12);
    expect([...coveredCopies(new CoverGrid(50, 50), mask, xs, ys, 5)]).toEqual([1, 0, 0, 0, 0]);
  });

  it('leaves the picture identical, pixel for pixel, for thousands of overlapping copies', () => {
    const random = mulberry32(5);
    const [w, h, size, n] = [120, 90, 14, 3000];
    const alpha = disc(size);
    const mask = spriteMask(alpha, size, size);
    const xs = Int32Array.from({ length: n }, () => Math.floor(random() * (w + size)) - size);
    const ys = Int32Array.from({ length: n }, () => Math.floor(random() * (h + size)) - size);
    const skip = coveredCopies(new CoverGrid(w, h), mask, xs, ys, n);
    const left = skip.reduce((a, b) => a + b, 0);
    // Most copies are hidden at this density (as at the full view of 100,000 points).
    expect(left).toBeGreaterThan(n / 2);
    expect(paint(w, h, size, alpha, xs, ys, (j) => !skip[j])).toEqual(paint(w, h, size, alpha, xs, ys, () => true));
  });

  it('scales CSS positions to device pixels by a whole ratio, and refuses any other', () => {
    const mask = spriteMask(disc(28), 28, 28);
    const skip = coveredCopies(new CoverGrid(100, 100), mask, Int32Array.of(10, 9, 11, 10, 10), Int32Array.of(10, 10, 10, 9, 11), 5, 2);
    expect([...skip]).toEqual([1, 0, 0, 0, 0]);
    expect(() => coveredCopies(new CoverGrid(10, 10), mask, new Int32Array(1), new Int32Array(1), 1, 1.5)).toThrow(/not a whole number/);
  });
});
