import { describe, expect, it } from 'vitest';
import { BulkPointIndex, type HitQuery, type PixelBox } from '@/lib/bulk-point-index';
import { mulberry32 } from '@/scripts/bench/synthetic';

/** n points scattered over a square of zoom-0 pixels, with a few piled on the same spot. */
function scatter(n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const random = mulberry32(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = 150 + random() * 0.05;
    y[i] = 90 + random() * 0.05;
  }
  for (let i = 1; i < 20; i += 3) {
    x[i] = x[i - 1]!;
    y[i] = y[i - 1]!;
  }
  return { x, y };
}

/** The reference the index must agree with: every point, one by one (the layer's old scan). */
function scanBox(x: Float64Array, y: Float64Array, b: PixelBox): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i]! >= b.minX && x[i]! <= b.maxX && y[i]! >= b.minY && y[i]! <= b.maxY) out.push(i);
  return out;
}
function scanNearest(x: Float64Array, y: Float64Array, q: HitQuery): number {
  let best = -1;
  let bestD = q.reach * q.reach;
  for (let i = x.length - 1; i >= 0; i--) {
    const dx = Math.round(x[i]! * q.scale) - q.x;
    const dy = Math.round(y[i]! * q.scale) - q.y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

describe('BulkPointIndex', () => {
  const { x, y } = scatter(5000, 20220703);
  const index = new BulkPointIndex(x, y);

  it('finds the points in a box, edges included, in ascending order (the drawing order)', () => {
    const random = mulberry32(7);
    for (let k = 0; k < 50; k++) {
      const minX = 150 + random() * 0.04;
      const minY = 90 + random() * 0.04;
      const box = { minX, minY, maxX: minX + random() * 0.02, maxY: minY + random() * 0.02 };
      expect([...index.inBox(box)]).toEqual(scanBox(x, y, box));
    }
    const edge = { minX: x[42]!, minY: y[42]!, maxX: x[42]!, maxY: y[42]! };
    expect(index.inBox(edge)).toContain(42);
    expect(index.inBox({ minX: 0, minY: 0, maxX: 1, maxY: 1 })).toHaveLength(0);
  });

  it('finds the point under the pointer as the scan over every point did, at several zooms', () => {
    const random = mulberry32(11);
    let hits = 0;
    for (const zoom of [8, 11, 14, 17]) {
      const scale = 2 ** zoom;
      for (let k = 0; k < 300; k++) {
        // Near a point (so that most queries hit), or anywhere in the square.
        const near = Math.floor(random() * x.length);
        const q =
          k % 2
            ? { x: Math.round(x[near]! * scale + (random() - 0.5) * 20), y: Math.round(y[near]! * scale + (random() - 0.5) * 20) }
            : { x: (150 + random() * 0.05) * scale, y: (90 + random() * 0.05) * scale };
        const query = { ...q, scale, reach: 10 };
        const expected = scanNearest(x, y, query);
        expect(index.nearest(query), `zoom ${zoom}, query ${k}`).toBe(expected);
        if (expected >= 0) hits++;
      }
    }
    expect(hits).toBeGreaterThan(300);
  });

  it('between points as near, picks the later (drawn on top); a point exactly `reach` away is not hit', () => {
    const twins = new BulkPointIndex(Float64Array.of(10, 10, 10.5), Float64Array.of(10, 10, 10));
    expect(twins.nearest({ x: 10, y: 10, scale: 1, reach: 3 })).toBe(1);
    expect(twins.nearest({ x: 13, y: 10, scale: 1, reach: 3 })).toBe(2);
    expect(twins.nearest({ x: 14, y: 10, scale: 1, reach: 3 })).toBe(-1);
    expect(twins.nearest({ x: 10, y: 13, scale: 1, reach: 3 })).toBe(-1);
    expect(twins.nearest({ x: 10, y: 12, scale: 1, reach: 3 })).toBe(1);
  });

  it('answers for a layer of no points, and refuses positions that do not pair up', () => {
    const empty = new BulkPointIndex(new Float64Array(0), new Float64Array(0));
    expect(empty.size).toBe(0);
    expect(empty.inBox({ minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 })).toHaveLength(0);
    expect(empty.nearest({ x: 0, y: 0, scale: 1, reach: 10 })).toBe(-1);
    expect(() => new BulkPointIndex(new Float64Array(2), new Float64Array(3))).toThrow(/2 x positions but 3 y positions/);
  });
});
