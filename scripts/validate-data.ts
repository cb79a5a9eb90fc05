/**
 * `npm run validate` (part of `npm run build`): checks every file in geo/ and exits 1 with one line
 * per problem, each naming the file, the id and the problem. When the data is valid it writes the
 * checked data set (claims measured) to .data/checked.json, which the server reads
 * (lib/checked-data.ts), and the map's content-hashed data files to public/_data/
 * (lib/write-data-files.ts) with the data version, a hash of every file in the folder
 * (lib/data-version.ts), and the downloads (GeoJSON, CSV, the data package: lib/downloads/); `--check-only` writes nothing (a folder given as argument implies it).
 * The GEO_DIR environment variable names another folder to build from (lib/read-geo.ts): unlike
 * the argument, it is what the build then serves. package.json runs it with NODE_ENV=production:
 * React's production server renderer draws the places' small maps in half the time of its
 * development one (1.8 against 4.0 s with 100 times our data).
 */
import path from 'node:path';
import { placePictures } from '../components/place-page/place-picture';
import { writeBuildSettings } from '../lib/build-settings';
import { tileSourceProblems } from '../lib/tiles';
import { writeCheckedData } from '../lib/checked-data';
import { writeDataFiles } from '../lib/write-data-files';
import { readDataVersion } from '../lib/data-version';
import { GEO_DIR, geoFileReader, storyFileNames } from '../lib/read-geo';
import { formatIssue, validateGeoData } from '../lib/validate';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const dir = folder ? path.resolve(folder) : undefined;
const result = validateGeoData(geoFileReader(dir), storyFileNames(dir));
if (!result.ok) {
  console.error(`Data validation failed (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
if (!dir && !args.includes('--check-only')) {
  // A bad TILE_SOURCES entry would be left out of the switcher: the build says so and stops.
  const tileProblems = tileSourceProblems();
  if (tileProblems.length) {
    console.error('TILE_SOURCES has problems (README "Tiles"):');
    for (const problem of tileProblems) console.error(`  ${problem}`);
    process.exit(1);
  }
  writeCheckedData(result.data);
  const version = readDataVersion(GEO_DIR);
  const { downloads } = writeDataFiles(result.data, version, placePictures);
  console.log(`Data version ${version.id} (${version.date}); ${downloads.files.length} downloads in public${downloads.url}.`);
  // What `next build`, which follows, bakes into the prerendered pages: the server compares at start.
  writeBuildSettings();
}
const { layers, places, sources, reports } = result.data;
const from = path.relative(process.cwd(), dir ?? GEO_DIR) || '.';
console.log(`Data OK (${from}): ${layers.length} layers, ${places.size} places, ${sources.size} sources, ${reports.length} reports.`);
