import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { assert } from './assert';

/**
 * Simplifies two polygons that share a border (NE admin-1 data repeats the shared vertices
 * exactly) so that the shared stretch is simplified once and used by both: no slivers or gaps
 * between the two outlines, and a clean union.
 */
export function simplifyPair(a: Position[], b: Position[], tolerance: number): [Position[], Position[]] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const open = (r: Position[]) => r.slice(0, -1);
  const ra = open(a);
  const rb = open(b);
  const inB = new Set(rb.map(key));
  const shared = ra.map((p) => inB.has(key(p)));
  // Rotate ring A so that it starts where its (single) shared run starts.
  const n = ra.length;
  const s = shared.findIndex((v, i) => v && !shared[(i - 1 + n) % n]);
  assert(s >= 0, 'the two regions share a border');
  const rot = [...ra.slice(s), ...ra.slice(0, s)];
  const sharedRot = rot.map((p) => inB.has(key(p)));
  const k = sharedRot.findIndex((v) => !v);
  assert(k > 1 && sharedRot.slice(k).every((v) => !v), 'the shared border is one run');
  const simplifyChain = (c: Position[]) => turf.simplify(turf.lineString(c), { tolerance, highQuality: true }).geometry.coordinates;
  const border = simplifyChain(rot.slice(0, k)); // from rot[0] to rot[k-1]
  const restA = simplifyChain([...rot.slice(k - 1), rot[0]!]); // from rot[k-1] back to rot[0]
  const outA = [...border, ...restA.slice(1)];

  // Ring B: its rest runs from one end of the border to the other.
  const startB = rb.findIndex((p) => key(p) === key(rot[k - 1]!));
  const endKey = key(rot[0]!);
  const rotB = [...rb.slice(startB), ...rb.slice(0, startB)];
  // Walk B from the border end rot[k-1] through its own (non-shared) side until rot[0].
  const firstRestB = rotB[1] && !ra.some((p) => key(p) === key(rotB[1]!));
  const walk = firstRestB ? rotB : [rotB[0]!, ...rotB.slice(1).reverse()];
  const endIdx = walk.findIndex((p) => key(p) === endKey);
  const restBChain = walk.slice(0, endIdx + 1);
  assert(
    restBChain.slice(1, -1).every((p) => !ra.some((q) => key(q) === key(p))),
    'ring B rest does not touch ring A',
  );
  const restB = simplifyChain(restBChain); // from rot[k-1] to rot[0]
  const outB = [...border, ...restB.slice(1)];
  return [outA, outB];
}
