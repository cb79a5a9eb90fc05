import * as turf from '@turf/turf';
import type { Geometry, MultiLineString, Polygon, Position } from 'geojson';
import { assert } from './assert';
import { BASE_BBOX } from './base-feature';
import { dropRepeats, kmToLines, round5 } from './geometry-helpers';
import type { PlaceFeature } from './place';
import { findFeature, reference } from './reference';

const key = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position) => `${key(a)}|${key(b)}`;
const inBbox = (p: Position) => p[0]! >= BASE_BBOX[0] && p[0]! <= BASE_BBOX[2] && p[1]! >= BASE_BBOX[1] && p[1]! <= BASE_BBOX[3];

/** Every edge of the Russian oblasts' rings, both ways round. */
function russianEdges(): Set<string> {
  const ringsOf = (g: Geometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);
  const ruEdges = new Set<string>();
  for (const f of reference.neOblasts.features.filter((x) => x.properties.adm0_a3 === 'RUS')) {
    for (const r of ringsOf(f.geometry))
      for (let i = 0; i + 1 < r.length; i++) ruEdges.add(edgeKey(r[i]!, r[i + 1]!)).add(edgeKey(r[i + 1]!, r[i]!));
  }
  assert(ruEdges.size > 0, 'the reference has Russian oblasts');
  return ruEdges;
}

/** Which edges of a Natural Earth ring are the state border, and which lie wholly outside the bbox. */
function classifyEdges(orig: Position[], ruEdges: Set<string>): { onBorder: boolean[]; outside: boolean[] } {
  const n = orig.length;
  // Border edges of the original ring (edge i runs from orig[i] to orig[i+1]).
  const onBorder = orig.map((p, i) => ruEdges.has(edgeKey(p, orig[(i + 1) % n]!)));
  const shared = [...onBorder];
  for (let i = 0; i < n; i++) {
    if (shared[i]) continue;
    const a = orig[i]!;
    const b = orig[(i + 1) % n]!;
    const leaves = inBbox(a) !== inBbox(b);
    if (leaves && (shared[(i - 1 + n) % n] || shared[(i + 1) % n])) onBorder[i] = true;
  }
  const outside = orig.map((p, i) => !inBbox(p) && !inBbox(orig[(i + 1) % n]!));
  return { onBorder, outside };
}

/** The stretches of one simplified oblast outline that are the state border, as vertex chains. */
function borderChains(iso: string, regionId: string, regions: PlaceFeature[], ruEdges: Set<string>): Position[][] {
  const orig = findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', iso).geometry.coordinates[0]!.slice(0, -1);
  const n = orig.length;
  const { onBorder, outside } = classifyEdges(orig, ruEdges);

  const region = regions.find((f) => f.id === regionId);
  assert(region && region.geometry.type === 'Polygon', `${regionId} is a polygon`);
  const simp = region.geometry.coordinates[0]!.slice(0, -1);
  const index = new Map(orig.map((p, i) => [key(p), i]));
  const idx = simp.map((p) => index.get(key(p)));
  assert(
    idx.every((i) => i !== undefined),
    `${regionId}: every simplified vertex is a Natural Earth vertex`,
  );
  const m = simp.length;
  const step = (i: number) => (idx[(i + 1) % m]! - idx[i]! + n) % n;
  const forward = simp.filter((_, i) => step(i) < n / 2).length > m / 2;
  // A simplified edge is on the border when every original edge it stands for is a border edge
  // or lies wholly outside the bbox (those parts are clipped away), and at least one is a border edge.
  const simpBorder = simp.map((_, i) => {
    const a = idx[i]!;
    const b = idx[(i + 1) % m]!;
    const spanned: number[] = [];
    for (let j = a; j !== b; j = forward ? (j + 1) % n : (j - 1 + n) % n) spanned.push(forward ? j : (j - 1 + n) % n);
    const kinds = spanned.map((e) => (onBorder[e] ? 'border' : outside[e] ? 'outside' : 'other'));
    if (kinds.includes('border')) assert(!kinds.includes('other'), `${regionId}: simplified edge ${i} mixes border and non-border edges`);
    return kinds.includes('border');
  });
  assert(
    simpBorder.some((v) => !v),
    `${regionId} is not all border`,
  );
  const chains: Position[][] = [];
  const start = simpBorder.findIndex((v, i) => v && !simpBorder[(i - 1 + m) % m]);
  let chain: Position[] | null = null;
  for (let k = 0; k < m; k++) {
    const i = (start + k) % m;
    if (simpBorder[i]) {
      chain ??= [simp[i]!];
      chain.push(simp[(i + 1) % m]!);
    } else if (chain) {
      chains.push(chain);
      chain = null;
    }
  }
  if (chain) chains.push(chain);
  return chains;
}

/**
 * Clip to the bbox, round, and join pieces that meet end to end (Luhansk meets Donetsk at the
 * Luhansk–Donetsk–Rostov tripoint); north to south, each part running north to south.
 */
function clipAndJoin(chains: Position[][]): Position[][] {
  let pieces: Position[][] = [];
  for (const c of chains) {
    const clipped = turf.bboxClip(turf.lineString(c), BASE_BBOX).geometry;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.type === 'MultiLineString' ? clipped.coordinates : [];
    for (const p of parts) {
      const r = dropRepeats(p.map(round5));
      if (r.length >= 2) pieces.push(r);
    }
  }
  const same = (a: Position, b: Position) => key(a) === key(b);
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < pieces.length; i++) {
      for (let j = 0; j < pieces.length; j++) {
        if (i === j) continue;
        const a = pieces[i]!;
        let b = pieces[j]!;
        if (same(a[a.length - 1]!, b[b.length - 1]!)) b = [...b].reverse();
        if (same(a[a.length - 1]!, b[0]!)) {
          pieces[i] = [...a, ...b.slice(1)];
          pieces = pieces.filter((_, k) => k !== j);
          merged = true;
          break outer;
        }
      }
    }
  }
  return pieces.map((p) => (p[0]![1]! < p[p.length - 1]![1]! ? [...p].reverse() : p)).sort((a, b) => b[0]![1]! - a[0]![1]!);
}

/**
 * Self-checks: inside the bbox; no stretch along a bbox edge; every Natural Earth border vertex
 * inside the bbox within 1.2 km of our line (Douglas–Peucker at 0.01° moves it at most ~1.1 km).
 */
function checkBorder(pieces: Position[][], ruEdges: Set<string>): void {
  const onEdge = (p: Position) => p[0] === BASE_BBOX[0] || p[0] === BASE_BBOX[2] || p[1] === BASE_BBOX[1] || p[1] === BASE_BBOX[3];
  for (const p of pieces) {
    for (const c of p) assert(inBbox(c), `border vertex [${c.join(', ')}] inside the bbox`);
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p[i]!;
      const b = p[i + 1]!;
      assert(!(onEdge(a) && onEdge(b) && (a[0] === b[0] || a[1] === b[1])), 'no border segment runs along the bbox edge');
    }
  }
  let worst = 0;
  for (const e of ruEdges) {
    const [a] = e.split('|');
    const p = a!.split(',').map(Number);
    if (!inBbox(p)) continue;
    // Only vertices of the Ukrainian rings (Rostov–Voronezh edges are not the state border).
    const isUa = ['UA-09', 'UA-14'].some((iso) =>
      findFeature<Polygon>(reference.neOblasts, 'iso_3166_2', iso).geometry.coordinates[0]!.some((q) => key(q) === key(p)),
    );
    if (isUa) worst = Math.max(worst, kmToLines(p, pieces));
  }
  assert(worst > 0 && worst <= 1.2, `Natural Earth border within 1.2 km of our line (worst ${worst.toFixed(2)} km)`);
  const km = pieces.reduce((a, p) => a + turf.length(turf.lineString(p), { units: 'kilometers' }), 0);
  console.log(
    `base border: ${pieces.length} parts, ${pieces.reduce((a, p) => a + p.length, 0)} vertices, ${km.toFixed(0)} km, worst offset ${worst.toFixed(2)} km`,
  );
}

/**
 * The Ukraine–Russia state border inside BASE_BBOX, taken from the simplified Luhansk and Donetsk
 * outlines of the regions layer (so the border drawn on the base coincides exactly with those
 * outlines). Which stretches of the outlines are the state border is decided on the Natural Earth
 * rings: an edge of the Luhansk/Donetsk ring is on the border when the same edge is in a Russian
 * (Rostov, Voronezh) ring, or when it is the edge that leaves the bbox next to such a stretch (the
 * Russian oblasts were clipped to the bbox, so that edge has no exact twin). The result is clipped
 * to the bbox with @turf/bbox-clip, which cuts lines and adds no edges along the bbox.
 */
export function countryBorder(regions: PlaceFeature[]): MultiLineString {
  const ruEdges = russianEdges();
  const chains = [...borderChains('UA-09', 'luhansk-region', regions, ruEdges), ...borderChains('UA-14', 'donetsk-region', regions, ruEdges)];
  const pieces = clipAndJoin(chains);
  checkBorder(pieces, ruEdges);
  return { type: 'MultiLineString', coordinates: pieces };
}
