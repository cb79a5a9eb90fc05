/**
 * The map's data as files: `npm run validate` (part of `npm run build`) writes them into
 * public/_data/, named by a hash of their content (the places' files by one hash of them all, see
 * placeFiles), so that every page and every embed shares one immutable copy (a browser, nginx or a
 * CDN may keep them for a year):
 * - `map.<hash>.json`, what the map draws on its opening date (lib/map-data.ts MapData, large point
 *   layers in bulk form), in the compact wire format of lib/map-data-codec.ts;
 * - `digests.<hash>.json`, every place's reports as digests (lib/map-data-digests.ts), which the map
 *   file names: what says each place's situation on any date, loaded when a reader needs it;
 * - `places/<id>.<hash>.json`, one place's reporting in full, loaded when a reader opens it;
 * - `search.<hash>.json`, the names search reads beside the map file's, loaded when a reader searches;
 * - `pictures/<id>.<language>.<hash>.svg`, each place's small map for its page, in both themes
 *   (drawn by the caller's PlacePictures: components/place-page/place-picture.tsx);
 * - `messages-<language>.<hash>.json`, the interface's words an embed needs (lib/message-files.ts);
 * - `frontline-map-data-<data version>/`, the downloads (lib/downloads/package.ts): GeoJSON, CSV,
 *   the data package descriptor and a zip, named by the data version so that a citation names them.
 * The map file and the manifest also carry the data version (lib/data-version.ts).
 * The manifest (.data/data-files.json) says which names the current build wrote; the server reads
 * it and the map file (lib/data.ts). Node-only (fs, crypto).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { embedDataOf, type ReportedData } from './bulk-points';
import type { DataVersion } from './data-version';
import { type DownloadEntry, downloadFilesOf, downloadFolderOf } from './downloads/package';
import { mapDataOf, type PlaceReporting, placeReportingOf, searchNamesOf } from './map-data';
import { decodeMapData, encodeMapData, type MapDataWire } from './map-data-codec';
import { type DigestsWire, decodeDigests } from './decode-digests';
import { encodeDigests } from './map-data-digests';
import type { Locale } from './i18n';
import { messageBodies } from './message-files';
import type { GeoData, Geometry } from './types';

/** The URL path under which the files are served, and the folder of public/ they are written to. */
export const DATA_URL_PREFIX = '/_data/';
const PUBLIC_DIR = path.join(process.cwd(), 'public');
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

interface DataFile {
  /** URL path, e.g. /_data/map.3f9c0a1b2d.json */
  url: string;
  body: string;
}

const hashOf = (...bodies: string[]) => createHash('sha256').update(bodies.join('\n')).digest('hex').slice(0, 12);

function hashed(stem: string, body: string): DataFile {
  return { url: `${DATA_URL_PREFIX}${stem}.${hashOf(body)}.json`, body };
}

/**
 * The places' reporting files, all named with one hash of them all: the map file names every one,
 * and a hash per file made those names a seventh of it (gzip) with 100 times our data, as random
 * digits compress not at all. The cost: a change to any place's reporting renames them all, so a
 * reader opens a place from the network once more after such a deploy.
 */
function placeFiles(data: GeoData): DataFile[] {
  const ids = [...data.places.keys()];
  const bodies = ids.map((id) => JSON.stringify(placeReportingOf(id, data)));
  const hash = hashOf(...ids.flatMap((id, i) => [id, bodies[i]!]));
  return ids.map((id, i) => ({ url: `${DATA_URL_PREFIX}places/${id}.${hash}.json`, body: bodies[i]! }));
}

/**
 * What draws the places' small maps from the map's data: for a place, its picture as an SVG document
 * in each language. Rendering components is not lib/'s: the build passes
 * components/place-page/place-picture.tsx `placePictures`.
 */
export type PlacePictures = (data: ReportedData) => (id: string, geometry: Geometry) => Record<Locale, string>;

/** Each place's small map in each language, named by its own content's hash, and their URLs by place and language. */
function pictureFiles(data: GeoData, draw: ReturnType<PlacePictures>) {
  const files: DataFile[] = [];
  const urls: DataManifest['pictures'] = {};
  for (const [id, { feature }] of data.places) {
    const bodies = draw(id, feature.geometry);
    const named = Object.entries(bodies).map(([locale, body]) => {
      const file = { url: `${DATA_URL_PREFIX}pictures/${id}.${locale}.${hashOf(body)}.svg`, body };
      files.push(file);
      return [locale, file.url];
    });
    urls[id] = Object.fromEntries(named) as Record<Locale, string>;
  }
  return { files, urls };
}

/**
 * Every data file of a data set, and the manifest naming them; the places' small maps where
 * `pictures` draws them. Pure apart from hashing and reading the catalogues.
 */
export function dataFilesOf(
  data: GeoData,
  version: DataVersion,
  pictures?: PlacePictures,
): { manifest: Omit<DataManifest, 'downloads'>; files: DataFile[] } {
  const files = placeFiles(data);
  const places = Object.fromEntries([...data.places.keys()].map((id, i) => [id, files[i]!.url]));
  const search = hashed('search', JSON.stringify(searchNamesOf(data)));
  // The digests first: the map file names them, so the two always come from one build.
  const pending = '/_data/digests.pending.json';
  const embed = embedDataOf(mapDataOf(data, { reporting: (id) => places[id]!, search: search.url, digests: pending }));
  const digests = hashed('digests', JSON.stringify(encodeDigests(embed)));
  // The version inside the map file too, so that a copy of the file says which data it holds (the decoder ignores it).
  const wire: MapDataWire & { version: DataVersion } = { ...encodeMapData({ ...embed, digests: digests.url }), version };
  const map = hashed('map', JSON.stringify(wire));
  const messageFiles = Object.entries(messageBodies()).map(([locale, body]) => [locale, hashed(`messages-${locale}`, body)] as const);
  const drawn = pictures ? pictureFiles(data, pictures(embed)) : { files: [], urls: {} };
  files.push(search, digests, map, ...messageFiles.map(([, file]) => file), ...drawn.files);
  const messages = Object.fromEntries(messageFiles.map(([locale, file]) => [locale, file.url])) as Record<Locale, string>;
  return { manifest: { map: map.url, places, pictures: drawn.urls, messages, version }, files };
}

/** The downloads (lib/downloads/package.ts) as files under public/_data/, and their index for the manifest. */
function downloadDataFiles(
  data: GeoData,
  version: DataVersion,
): { index: DataManifest['downloads']; files: { url: string; body: Uint8Array }[] } {
  const folder = `${DATA_URL_PREFIX}${downloadFolderOf(version)}/`;
  const downloads = downloadFilesOf(data, version);
  const index = { url: folder, files: downloads.map(({ body: _body, ...entry }) => entry) };
  return { index, files: downloads.map((d) => ({ url: `${folder}${d.name}`, body: d.body })) };
}

/** Writes the files into public/_data/ (emptied first: a build serves its own files only) and the manifest. */
export function writeDataFiles(data: GeoData, version: DataVersion, pictures: PlacePictures): DataManifest {
  const { manifest: mapFiles, files: ownFiles } = dataFilesOf(data, version, pictures);
  const downloads = downloadDataFiles(data, version);
  const manifest: DataManifest = { ...mapFiles, downloads: downloads.index };
  const files = [...ownFiles, ...downloads.files];
  const dir = path.join(PUBLIC_DIR, DATA_URL_PREFIX);
  fs.rmSync(/*turbopackIgnore: true*/ dir, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(PUBLIC_DIR, file.url);
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(target), { recursive: true });
    fs.writeFileSync(/*turbopackIgnore: true*/ target, file.body);
  }
  fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(MANIFEST_FILE), { recursive: true });
  fs.writeFileSync(/*turbopackIgnore: true*/ MANIFEST_FILE, JSON.stringify(manifest));
  return manifest;
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
