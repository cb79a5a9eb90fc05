/**
 * Reads files under geo/ (or GEO_DIR) for the validator. Node-only (fs); no Next or React imports, so the build
 * script and the tests can use it as well as the server data module.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The data folder the build reads: the GEO_DIR environment variable (relative to the project root,
 * from which the app always runs), default geo/. Another folder serves, for instance, the
 * synthetic data set of the data-scale bench (scripts/scale-data.ts).
 */
export const GEO_DIR = path.resolve(process.cwd(), process.env.GEO_DIR || 'geo');

/**
 * @param dir folder to read from
 * @returns a reader that gives a file's text by path relative to `dir`, or null when it is missing;
 *          paths that would leave `dir` are treated as missing
 */
export function geoFileReader(dir: string = GEO_DIR): (relativePath: string) => string | null {
  // geo/ is traced for deployment by next.config.js; these dynamic paths need no tracing.
  const root = path.resolve(/*turbopackIgnore: true*/ dir);
  return (relativePath) => {
    const full = path.resolve(/*turbopackIgnore: true*/ root, relativePath);
    if (!full.startsWith(root + path.sep)) return null;
    try {
      return fs.readFileSync(/*turbopackIgnore: true*/ full, 'utf8');
    } catch {
      return null;
    }
  };
}

/** The story files (geo/stories/*.json, lib/stories.ts) in a data folder: their names, none when there is no such folder. */
export function storyFileNames(dir: string = GEO_DIR): string[] {
  try {
    return fs.readdirSync(/*turbopackIgnore: true*/ path.join(dir, 'stories')).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}
