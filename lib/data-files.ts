/**
 * The map's data as files: `npm run validate` (part of `npm run build`) writes them
 * (lib/write-data-files.ts) into public/_data/, named by a hash of their content (the places'
 * reporting files and small maps in a folder named by one hash of each set), so that every page
 * and every embed shares one immutable copy (a browser, nginx or a CDN may keep them for a year):
 * - `map.<hash>.json`, what the map draws on its opening date (lib/map-data.ts MapData, large point
 *   layers in bulk form), in the compact wire format of lib/map-data-codec.ts;
 * - `digests.<hash>.json`, every place's reports as digests (lib/map-data-digests.ts), which the map
 *   file names: what says each place's situation on any date, loaded when a reader needs it;
 * - `places.<hash>/<id>.json`, one place's reporting in full, loaded when a reader opens it;
 * - `search.<hash>.json`, the names search reads beside the map file's, loaded when a reader searches;
 * - `pictures.<hash>/<id>.<language>.svg`, each place's small map for its page, in both themes
 *   (drawn by the caller's PlacePictures: components/place-page/place-picture.tsx);
 * - `messages-<language>.<hash>.json`, the interface's words an embed needs (lib/message-files.ts);
 * - `frontline-map-data-<data version>/`, the downloads (lib/downloads/package.ts): GeoJSON, CSV,
 *   the data package descriptor and a zip, named by the data version so that a citation names them.
 * The map file and the manifest also carry the data version (lib/data-version.ts).
 * The manifest (.data/data-files.json) says which names the current build wrote; the server reads
 * it and the map file (lib/data.ts) through this module. Node-only (fs). The build writes them with
 * lib/write-data-files.ts, which the server does not load (nor what it needs: the downloads' zip,
 * the encoders, the pictures' types).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportedData } from './bulk-points';
import type { DataVersion } from './data-version';
import type { DownloadEntry } from './downloads/package';
import type { PlaceReporting } from './map-data';
import { decodeMapData, type MapDataWire } from './map-data-codec';
import { type DigestsWire, decodeDigests } from './decode-digests';
import type { Locale } from './i18n';

/** The folder the files are written to (their addresses: lib/data-file-names.ts). */
export const PUBLIC_DIR = path.join(process.cwd(), 'public');
export const MANIFEST_FILE = path.join(process.cwd(), '.data', 'data-files.json');

export interface DataManifest {
  /** URL of the map's data file. */
  map: string;
  /** URL of each place's reporting file, by place id. */
  places: Record<string, string>;
  /** URL of each place's small map (an SVG file), by place id and language. */
  pictures: Record<string, Record<Locale, string>>;
  /** URL of each language's compiled client messages, which an embed fetches (lib/message-files.ts). */
  messages: Record<Locale, string>;
  /** The version of the data these files were made from. */
  version: DataVersion;
  /** The downloads: their folder's URL (ending in `/`) and every file in it, descriptor first. */
  downloads: { url: string; files: DownloadEntry[] };
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as T;
  } catch {
    throw new Error(`Cannot read ${file}: run \`npm run validate\` (part of \`npm run build\`) first.`);
  }
}

/** The manifest the build wrote. */
export function readDataManifest(): DataManifest {
  return readJson<DataManifest>(MANIFEST_FILE);
}

/** A place's reporting file the build wrote, by its URL. */
export function readPlaceReportingFile(url: string): PlaceReporting {
  return readJson<PlaceReporting>(path.join(PUBLIC_DIR, url));
}

/** The map's data file the build wrote, by its URL, decoded and joined to the report digests file it names. */
export function readMapDataFile(url: string): ReportedData {
  const data = decodeMapData(readJson<MapDataWire>(path.join(PUBLIC_DIR, url)));
  return decodeDigests(readJson<DigestsWire>(path.join(PUBLIC_DIR, data.digests)), data);
}
