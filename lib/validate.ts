/**
 * Checks everything in geo/ and builds the checked GeoData. Pure: files are read through the
 * `readFile` function it is given, so tests can feed it fixtures.
 *
 * Rules (each issue names the file, the feature/report/source id and the problem):
 * schemas (lib/schemas.ts); GeoJSON validity (@placemarkio/check-geojson); RFC 7946 ring winding
 * and at most 6 decimals; unique ids; every referenced id exists; every quote verbatim in its
 * source (lib/normalise-text.ts) and outside the passages the source notes exclude; every place
 * has a report; every source is cited. Claims (geo/claims.json, optional): schema, unique ids, the
 * report and places exist, the text is verbatim in the report's quote and the stated words in the
 * text, the inputs can be measured; every claim is then checked against the geometry (lib/claims.ts).
 */
import { getIssues } from '@placemarkio/check-geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Position } from 'geojson';
import type { z } from 'zod';
import { claimInputProblems, claimPlaces, evaluateClaim } from './claims';
import { findAll, normaliseText } from './normalise-text';
import {
  basePropertiesSchema,
  claimsFileSchema,
  manifestSchema,
  placePropertiesSchema,
  reportsFileSchema,
  sourcesFileSchema,
  idSchema,
  type Manifest,
  type Report,
} from './schemas';
import type { BaseCollection, ClaimView, GeoData, Layer, PlaceFeature, SourceRecord } from './types';

export interface DataIssue {
  file: string;
  id?: string;
  message: string;
}

export type ValidationResult = { ok: true; data: GeoData } | { ok: false; issues: DataIssue[] };

/** Formats an issue as `geo/<file> [<id>]: <problem>`. */
export function formatIssue(issue: DataIssue): string {
  return `geo/${issue.file}${issue.id ? ` [${issue.id}]` : ''}: ${issue.message}`;
}

function zodMessages(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

function parseJson(file: string, text: string | null, issues: DataIssue[]): unknown {
  if (text === null) {
    issues.push({ file, message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.push({ file, message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

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

function checkLayer(file: string, text: string | null, manifestLayerStyle: string, issues: DataIssue[]): PlaceFeature[] {
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

function checkBase(file: string, text: string | null, issues: DataIssue[]): BaseCollection {
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

/**
 * Parses a `{ "<list>": [records…] }` file with its schema; each problem is reported against the
 * id of the record it is in (when that record has one).
 * @returns the parsed value, or undefined when it does not match (problems pushed to `issues`)
 */
function parseRecords<S extends z.ZodType>(file: string, json: unknown, list: string, schema: S, issues: DataIssue[]): z.infer<S> | undefined {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const records = (json as Record<string, unknown> | null)?.[list];
  for (const i of parsed.error.issues) {
    const idx = i.path[0] === list ? i.path[1] : undefined;
    const record = typeof idx === 'number' && Array.isArray(records) ? (records[idx] as { id?: unknown } | undefined) : undefined;
    const id = typeof record?.id === 'string' ? record.id : undefined;
    issues.push({ file, id, message: zodMessages({ issues: [i] } as z.ZodError)[0] ?? i.message });
  }
  return undefined;
}

function checkSources(readFile: (p: string) => string | null, issues: DataIssue[]): SourceRecord[] {
  const file = 'sources.json';
  const json = parseJson(file, readFile(file), issues);
  if (json === undefined) return [];
  const parsed = parseRecords(file, json, 'sources', sourcesFileSchema, issues);
  if (!parsed) return [];
  const out: SourceRecord[] = [];
  for (const s of parsed.sources) {
    const text = readFile(s.text_file);
    if (text === null) {
      issues.push({ file, id: s.id, message: `text file geo/${s.text_file} is missing` });
      continue;
    }
    const norm = normaliseText(text);
    for (const ex of s.excluded_passages) {
      if (!norm.includes(normaliseText(ex.passage))) {
        issues.push({ file, id: s.id, message: `excluded passage not found in the text: "${ex.passage.slice(0, 60)}"` });
      }
    }
    out.push({ ...s, text });
  }
  return out;
}

function checkQuote(report: Report, source: SourceRecord, issues: DataIssue[]): void {
  const file = 'reports.json';
  const text = normaliseText(source.text);
  const quote = normaliseText(report.quote);
  const starts = findAll(text, quote);
  if (starts.length === 0) {
    issues.push({ file, id: report.id, message: `quote is not verbatim in source "${source.id}": "${report.quote.slice(0, 80)}"` });
    return;
  }
  for (const ex of source.excluded_passages) {
    const passage = normaliseText(ex.passage);
    const overlaps = findAll(text, passage).some((p) => starts.some((q) => q < p + passage.length && p < q + quote.length));
    if (overlaps) {
      issues.push({ file, id: report.id, message: `quote overlaps a passage the source notes exclude (${ex.reason}: ${ex.note})` });
    }
  }
}

function checkReports(
  readFile: (p: string) => string | null,
  places: Set<string>,
  sources: Map<string, SourceRecord>,
  issues: DataIssue[],
): Report[] {
  const file = 'reports.json';
  const json = parseJson(file, readFile(file), issues);
  if (json === undefined) return [];
  const parsed = parseRecords(file, json, 'reports', reportsFileSchema, issues);
  if (!parsed) return [];
  for (const r of parsed.reports) {
    const source = sources.get(r.source);
    if (!source) issues.push({ file, id: r.id, message: `unknown source "${r.source}"` });
    else checkQuote(r, source, issues);
    for (const p of r.places) if (!places.has(p)) issues.push({ file, id: r.id, message: `unknown place "${p}"` });
    for (const a of r.assertions) {
      if (!r.places.includes(a.place))
        issues.push({ file, id: r.id, message: `assertion about "${a.place}", which is not in the report's places` });
    }
  }
  return parsed.reports;
}

/**
 * geo/claims.json (optional: no file, no claims): checks each claim's references and words, then
 * evaluates it against the geometry. A claim that cannot be evaluated is an issue, like any other.
 */
function checkClaims(
  readFile: (p: string) => string | null,
  places: Map<string, { feature: PlaceFeature; layerId: string }>,
  reports: Report[],
  issues: DataIssue[],
): ClaimView[] {
  const file = 'claims.json';
  const text = readFile(file);
  if (text === null) return [];
  const json = parseJson(file, text, issues);
  if (json === undefined) return [];
  const parsed = parseRecords(file, json, 'claims', claimsFileSchema, issues);
  if (!parsed) return [];
  checkUnique(
    'claim',
    file,
    parsed.claims.map((c) => c.id),
    issues,
  );
  const byId = new Map(reports.map((r) => [r.id, r]));
  const out: ClaimView[] = [];
  for (const claim of parsed.claims) {
    const before = issues.length;
    const report = byId.get(claim.report);
    if (!report) issues.push({ file, id: claim.id, message: `unknown report "${claim.report}"` });
    else if (!normaliseText(report.quote).includes(normaliseText(claim.text))) {
      issues.push({
        file,
        id: claim.id,
        message: `text is not verbatim in the quote of report "${claim.report}": "${claim.text.slice(0, 80)}"`,
      });
    }
    if ('stated' in claim && !normaliseText(claim.text).includes(normaliseText(claim.stated.words))) {
      issues.push({ file, id: claim.id, message: `stated words "${claim.stated.words}" are not in the claim's text` });
    }
    for (const p of claimPlaces(claim)) if (!places.has(p)) issues.push({ file, id: claim.id, message: `unknown place "${p}"` });
    if (issues.length > before) continue;
    for (const message of claimInputProblems(claim, places)) issues.push({ file, id: claim.id, message });
    if (issues.length > before) continue;
    try {
      out.push(evaluateClaim(claim, places));
    } catch (e) {
      issues.push({ file, id: claim.id, message: `cannot be checked: ${(e as Error).message}` });
    }
  }
  return out;
}

function checkUnique(kind: string, file: string, ids: string[], issues: DataIssue[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push({ file, id, message: `duplicate ${kind} id` });
    seen.add(id);
  }
}

/**
 * Validates the data set and, when it is sound, returns it checked and indexed.
 * @param readFile returns the text of a file under geo/ by relative path, or null when missing
 * @returns `{ ok: true, data }` or `{ ok: false, issues }` listing every problem found
 */
export function validateGeoData(readFile: (relativePath: string) => string | null): ValidationResult {
  const issues: DataIssue[] = [];
  const manifestJson = parseJson('layers.json', readFile('layers.json'), issues);
  const manifestParsed = manifestJson === undefined ? undefined : manifestSchema.safeParse(manifestJson);
  let manifest: Manifest | undefined;
  if (manifestParsed && !manifestParsed.success) {
    for (const m of zodMessages(manifestParsed.error)) issues.push({ file: 'layers.json', message: m });
  } else if (manifestParsed) manifest = manifestParsed.data;

  const layers: Layer[] = [];
  if (manifest) {
    checkUnique(
      'layer',
      'layers.json',
      manifest.layers.map((l) => l.id),
      issues,
    );
    for (const entry of manifest.layers) {
      for (const key of entry.attribution) {
        if (!manifest.attributions[key]) issues.push({ file: 'layers.json', id: entry.id, message: `unknown attribution "${key}"` });
      }
      const features = checkLayer(entry.file, readFile(entry.file), entry.style, issues);
      layers.push({ entry, collection: { type: 'FeatureCollection', features } });
    }
  }
  const base = manifest?.base ? checkBase(manifest.base.file, readFile(manifest.base.file), issues) : undefined;
  const places = new Map<string, { feature: PlaceFeature; layerId: string }>();
  for (const layer of layers) {
    for (const feature of layer.collection.features) {
      if (places.has(feature.id)) issues.push({ file: layer.entry.file, id: feature.id, message: 'duplicate place id' });
      places.set(feature.id, { feature, layerId: layer.entry.id });
    }
  }

  const sourceList = checkSources(readFile, issues);
  checkUnique(
    'source',
    'sources.json',
    sourceList.map((s) => s.id),
    issues,
  );
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const reports = checkReports(readFile, new Set(places.keys()), sources, issues);
  checkUnique(
    'report',
    'reports.json',
    reports.map((r) => r.id),
    issues,
  );
  const claims = checkClaims(readFile, places, reports, issues);

  if (manifest && reports.length) {
    const reported = new Set(reports.flatMap((r) => r.places));
    for (const [id, { layerId }] of places) {
      const entry = manifest.layers.find((l) => l.id === layerId);
      if (!reported.has(id)) issues.push({ file: entry?.file ?? 'layers.json', id, message: 'place has no report' });
    }
    const cited = new Set(reports.map((r) => r.source));
    for (const s of sourceList)
      if (!cited.has(s.id)) issues.push({ file: 'sources.json', id: s.id, message: 'source is not cited by any report' });
  }

  if (issues.length || !manifest) return { ok: false, issues };
  return { ok: true, data: { manifest, layers, base, places, sources, reports, claims } };
}
