// The reference extracts the layers are derived from, read once when the script starts.
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import { assert } from './assert';

type AnyProps = Record<string, unknown>;

const ROOT = path.resolve(__dirname, '..', '..');
// Relative to the repo root, so a worktree beside /work/shared finds the same extracts.
const REF_DIR = path.resolve(ROOT, process.env.REFERENCE_GEO_DIR ?? '../shared/reference-geo');

function readRef(file: string): FeatureCollection<Geometry, AnyProps> {
  const full = path.join(REF_DIR, file);
  if (!fs.existsSync(full)) throw new Error(`reference file missing: ${full} (set REFERENCE_GEO_DIR)`);
  return JSON.parse(fs.readFileSync(full, 'utf8')) as FeatureCollection<Geometry, AnyProps>;
}

export const reference = {
  points: readRef('reference_points.geojson'),
  settlements: readRef('osm_settlements.geojson'),
  hromadas: readRef('osm_hromadas.geojson'),
  proxy: readRef('osm_donets_course_proxy.geojson'),
  neRivers: readRef('ne10m_rivers.geojson'),
  neOblasts: readRef('ne10m_admin1_oblasts.geojson'),
};

export function findFeature<G extends Geometry>(fc: FeatureCollection<Geometry, AnyProps>, key: string, value: unknown): Feature<G, AnyProps> {
  const f = fc.features.find((x) => x.properties?.[key] === value);
  if (!f) throw new Error(`reference feature with ${key}=${String(value)} not found`);
  return f as Feature<G, AnyProps>;
}

export function refPoint(id: string): Position {
  const f = findFeature<Point>(reference.points, 'id', id);
  return f.geometry.coordinates;
}

export function refText(id: string, key: 'source' | 'note'): string {
  const v = findFeature<Point>(reference.points, 'id', id).properties[key];
  if (typeof v !== 'string') throw new Error(`reference point ${id} has no ${key}`);
  return v;
}

function courseLine(): Feature<LineString, AnyProps> {
  const line = reference.proxy.features.find((f) => f.geometry.type === 'LineString') as Feature<LineString, AnyProps> | undefined;
  assert(line, 'osm_donets_course_proxy has a LineString');
  return line;
}

/** The river course as the reference gives it (used for clipping and checks, never written out). */
export const proxyLine = courseLine();
export const proxySamples = reference.proxy.features.filter((f) => f.properties?.kind === 'sample') as Feature<Point, AnyProps>[];
