/**
 * The checked data set as a file: `npm run validate` (part of `npm run build`) validates geo/ and
 * runs the map checks of the claims (Turf) once, and writes the result to `.data/checked.json`;
 * the server reads that file instead of doing the work again in every process. Node-only (fs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GeoData } from './types';

/** Where the build writes the checked data (gitignored; traced for deployment by next.config.js). */
export const CHECKED_FILE = path.join(process.cwd(), '.data', 'checked.json');

type Entries<M> = M extends Map<infer K, infer V> ? [K, V][] : never;
type Stored = Omit<GeoData, 'places' | 'sources'> & { places: Entries<GeoData['places']>; sources: Entries<GeoData['sources']> };

/** The data set as JSON text: its two maps written as lists of entries. */
export function serializeCheckedData(data: GeoData): string {
  const stored: Stored = { ...data, places: [...data.places.entries()], sources: [...data.sources.entries()] };
  return JSON.stringify(stored);
}

/** The data set back from serializeCheckedData's text. */
export function parseCheckedData(text: string): GeoData {
  const stored = JSON.parse(text) as Stored;
  return { ...stored, places: new Map(stored.places), sources: new Map(stored.sources) };
}

/** Writes the checked data for the server (creates the folder). */
export function writeCheckedData(data: GeoData, file: string = CHECKED_FILE): void {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  fs.writeFileSync(/*turbopackIgnore: true*/ file, serializeCheckedData(data));
}

/**
 * Reads the checked data the build wrote.
 * @throws when there is none, saying how to make it
 */
export function readCheckedData(file: string = CHECKED_FILE): GeoData {
  let text: string;
  try {
    text = fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  } catch {
    throw new Error(`No checked data at ${file}: run \`npm run validate\` (part of \`npm run build\`) first.`);
  }
  return parseCheckedData(text);
}
