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
 * Corrections (geo/corrections.json, optional): schema, unique ids, the places, reports and sources exist.
 * Stories (geo/stories/*.json, optional): lib/validate/check-stories.ts.
 */
import { manifestSchema, type Manifest } from './schemas';
import type { GeoData, Layer, PlaceFeature } from './types';
import { checkCorrections } from './validate/check-corrections';
import { checkBase, checkLayer } from './validate/check-features';
import { checkClaims, checkReports, checkSources } from './validate/check-reporting';
import { checkStories } from './validate/check-stories';
import { checkUnique, type DataIssue, parseJson, zodMessages } from './validate/data-issues';

export type ValidationResult = { ok: true; data: GeoData } | { ok: false; issues: DataIssue[] };

/** Formats an issue as `geo/<file> [<id>]: <problem>`. */
export function formatIssue(issue: DataIssue): string {
  return `geo/${issue.file}${issue.id ? ` [${issue.id}]` : ''}: ${issue.message}`;
}

/**
 * Validates the data set and, when it is sound, returns it checked and indexed.
 * @param readFile returns the text of a file under geo/ by relative path, or null when missing
 * @param storyFiles the file names in geo/stories/ (none: no stories)
 * @returns `{ ok: true, data }` or `{ ok: false, issues }` listing every problem found
 */
export function validateGeoData(readFile: (relativePath: string) => string | null, storyFiles: readonly string[] = []): ValidationResult {
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
  for (const layer of layers) {
    for (const { id, properties } of layer.collection.features) {
      const container = properties.part_of;
      if (container !== undefined && (container === id || !places.has(container)))
        issues.push({ file: layer.entry.file, id, message: `part_of "${container}" is not another place of the map` });
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
  const corrections = checkCorrections(
    readFile,
    { places: new Set(places.keys()), reports: new Set(reports.map((r) => r.id)), sources: new Set(sources.keys()) },
    issues,
  );
  const stories = checkStories(readFile, storyFiles, { reports, places: new Set(places.keys()) }, issues);

  if (manifest && reports.length) {
    const reported = new Set(reports.flatMap((r) => r.places));
    for (const [id, { layerId }] of places) {
      const entry = manifest.layers.find((l) => l.id === layerId);
      if (!reported.has(id) && !entry?.reporting_optional)
        issues.push({ file: entry?.file ?? 'layers.json', id, message: 'place has no report' });
    }
    const cited = new Set(reports.map((r) => r.source));
    for (const s of sourceList)
      if (!cited.has(s.id)) issues.push({ file: 'sources.json', id: s.id, message: 'source is not cited by any report' });
  }

  if (issues.length || !manifest) return { ok: false, issues };
  return { ok: true, data: { manifest, layers, base, places, sources, reports, claims, corrections, stories } };
}
