/** The real data set in geo/, checked by the validator, for tests of the functions that reshape it. */
import path from 'node:path';
import { geoFileReader } from '@/lib/read-geo';
import type { GeoData } from '@/lib/types';
import { formatIssue, validateGeoData } from '@/lib/validate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const GEO_DIR = path.join(REPO_ROOT, 'geo');

let cached: GeoData | undefined;

export function loadGeoData(): GeoData {
  if (cached) return cached;
  const result = validateGeoData(geoFileReader(GEO_DIR));
  if (!result.ok) throw new Error(`geo/ does not validate:\n${result.issues.map(formatIssue).join('\n')}`);
  cached = result.data;
  return cached;
}
