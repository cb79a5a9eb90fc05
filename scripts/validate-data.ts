/**
 * `npm run validate` (part of `npm run build`): checks every file in geo/ and exits 1 with one line
 * per problem, each naming the file, the id and the problem.
 */
import path from 'node:path';
import { geoFileReader } from '../lib/read-geo';
import { formatIssue, validateGeoData } from '../lib/validate';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const result = validateGeoData(geoFileReader(dir));
if (!result.ok) {
  console.error(`Data validation failed (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
const { layers, places, sources, reports } = result.data;
console.log(`Data OK: ${layers.length} layers, ${places.size} places, ${sources.size} sources, ${reports.length} reports.`);
