/**
 * The checks of the GeoJSON files: each place layer (ids, properties, kind, RFC 7946 winding, at
 * most 6 decimals, label points) and the base map (lib/validate.ts).
 */
import { getIssues } from '@placemarkio/check-geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Position } from 'geojson';
import { basePropertiesSchema, idSchema, placePropertiesSchema } from '../schemas';
import type { BaseCollection, PlaceFeature } from '../types';
import { type DataIssue, parseJson, zodMessages } from './data-issues';

function maxDecimals(value: unknown): number {
  if (typeof value === 'number') {
    const s = String(value);
    const dot = s.indexOf('.');
    return s.includes('e') ? 99 : dot === -1 ? 0 : s.length - dot - 1;
  }
  if (Array.isArray(value)) return Math.max(0, ...value.map(maxDecimals));
  if (value && typeof value === 'object') {
    const g = value as { coordinates?: unknown; geometries?: unknown };
    return maxDecimals(g.coordinates ?? g.geometries);
  }
  return 0;
}

function outerRings(geometry: PlaceFeature['geometry']): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates.slice(0, 1);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((p) => p[0] ?? []);
  return [];
}

/** A GeoJSON FeatureCollection file's features, or undefined (problems pushed) when it is not valid. */
function parseFeatures(file: string, text: string | null, issues: DataIssue[]): unknown[] | undefined {
  const json = parseJson(file, text, issues);
  if (json === undefined || text === null) return undefined;
  const geoIssues = getIssues(text).filter((i) => i.severity === 'error');
  for (const g of geoIssues) issues.push({ file, message: `invalid GeoJSON: ${g.message}` });
  if (geoIssues.length) return undefined;
  const fc = json as { type?: string; features?: unknown[] };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    issues.push({ file, message: 'must be a GeoJSON FeatureCollection' });
    return undefined;
  }
  return fc.features;
}

export function checkLayer(file: string, text: string | null, manifestLayerStyle: string, issues: DataIssue[]): PlaceFeature[] {
  const features = parseFeatures(file, text, issues);
  if (!features) return [];
  const out: PlaceFeature[] = [];
  features.forEach((raw, index) => {
    const f = raw as PlaceFeature;
    const id = typeof f.id === 'string' ? f.id : undefined;
    if (!id || !idSchema.safeParse(id).success) {
      issues.push({ file, id: id ?? `feature #${index}`, message: 'feature needs a string id of lower-case words joined by hyphens' });
      return;
    }
    const props = placePropertiesSchema.safeParse(f.properties);
    if (!props.success) {
      for (const m of zodMessages(props.error)) issues.push({ file, id, message: `properties.${m}` });
      return;
    }
    const before = issues.length;
    if (props.data.kind !== manifestLayerStyle) {
      issues.push({ file, id, message: `kind "${props.data.kind}" does not belong in a "${manifestLayerStyle}" layer` });
    }
    if (f.geometry === null) issues.push({ file, id, message: 'geometry is null' });
    else {
      if (maxDecimals(f.geometry) > 6) issues.push({ file, id, message: 'coordinates have more than 6 decimals' });
      for (const ring of outerRings(f.geometry)) {
        if (ring.length >= 4 && booleanClockwise(ring)) {
          issues.push({ file, id, message: 'outer ring is clockwise; RFC 7946 wants counter-clockwise' });
        }
      }
      if (f.geometry.type !== 'Point' && !props.data.label_point) {
        issues.push({ file, id, message: `a ${f.geometry.type} needs a label_point` });
      }
    }
    if (issues.length === before) out.push({ ...f, id, properties: props.data });
  });
  return out;
}

export function checkBase(file: string, text: string | null, issues: DataIssue[]): BaseCollection {
  const features = parseFeatures(file, text, issues) as BaseCollection['features'] | undefined;
  if (!features) return { type: 'FeatureCollection', features: [] };
  features.forEach((f, index) => {
    const id = `feature #${index}`;
    const props = basePropertiesSchema.safeParse(f.properties);
    if (!props.success) for (const m of zodMessages(props.error)) issues.push({ file, id, message: `properties.${m}` });
    if (f.geometry && maxDecimals(f.geometry) > 6) issues.push({ file, id, message: 'coordinates have more than 6 decimals' });
  });
  return { type: 'FeatureCollection', features };
}
