/** The real data set in geo/, checked by the validator, for tests of the functions that reshape it. */
import path from 'node:path';
import { embedDataOf, type ReportedData } from '@/lib/bulk-points';
import { geoFileReader, storyFileNames } from '@/lib/read-geo';
import { type DataUrls, type MapData, mapDataOf, type ReportedPlace } from '@/lib/map-data';
import type { GeoData } from '@/lib/types';
import { formatIssue, validateGeoData } from '@/lib/validate';
import { scaledGeoFiles } from '../../scripts/scale-data';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const GEO_DIR = path.join(REPO_ROOT, 'geo');

let cached: GeoData | undefined;

export function loadGeoData(): GeoData {
  if (cached) return cached;
  const result = validateGeoData(geoFileReader(GEO_DIR), storyFileNames(GEO_DIR));
  if (!result.ok) throw new Error(`geo/ does not validate:\n${result.issues.map(formatIssue).join('\n')}`);
  cached = result.data;
  return cached;
}

/** The reporting file URL the tests' map data names for a place (the build names them by content hash). */
export const testReportingUrl = (id: string) => `/_data/places/${id}.test.json`;

/** The search names file URL the tests' map data names. */
export const TEST_SEARCH_URL = '/_data/search.test.json';

/** The URLs of the files the tests' map data names. */
export const TEST_URLS: DataUrls = { reporting: testReportingUrl, search: TEST_SEARCH_URL, digests: '/_data/digests.test.json' };

/** The map's data (lib/map-data.ts) built from geo/, with its places' reports, as the build makes it before hashing. */
export function loadMapData(): MapData<ReportedPlace> {
  return mapDataOf(loadGeoData(), TEST_URLS);
}

/**
 * Our data and a data set 100 times ours (scripts/scale-data.ts, the data-scale bench's), each
 * checked by the validator, as the map's embed data: what the data files' round-trip tests encode.
 */
export function loadOursAndScaled(): { ours: ReportedData; scaled: ReportedData } {
  const files = scaledGeoFiles(100, 20220224, GEO_DIR);
  const result = validateGeoData((p) => files.get(p) ?? null);
  if (!result.ok) throw new Error(result.issues.slice(0, 20).map(formatIssue).join('\n'));
  return { ours: embedDataOf(mapDataOf(loadGeoData(), TEST_URLS)), scaled: embedDataOf(mapDataOf(result.data, TEST_URLS)) };
}
