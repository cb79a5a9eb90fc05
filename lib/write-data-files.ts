/**
 * Writes the map's data files (lib/data-files.ts says what each is) into public/_data/, and the
 * manifest that names them: `npm run validate`, at build. Not imported by the server, which reads
 * the files through lib/data-files.ts. Node-only (fs, crypto).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { embedDataOf, type ReportedData } from './bulk-points';
import { type DataManifest, MANIFEST_FILE, PUBLIC_DIR } from './data-files';
import { CONTENT_HASH_DIGITS, DATA_URL_PREFIX, downloadFileUrl, hashedFileUrl, pictureFileUrl, placeFileUrl } from './data-file-names';
import type { DataVersion } from './data-version';
import { downloadFilesOf } from './downloads/package';
import { mapDataOf, placeReportingOf, searchNamesOf } from './map-data';
import { encodeMapData, type MapDataWire } from './map-data-codec';
import { encodeDigests } from './map-data-digests';
import type { Locale } from './i18n';
import { messageBodies } from './message-files';
import type { GeoData, Geometry } from './types';

interface DataFile {
  /** URL path, e.g. /_data/map.3f9c0a1b2d.json */
  url: string;
  body: string;
}

const hashOf = (...bodies: string[]) => createHash('sha256').update(bodies.join('\n')).digest('hex').slice(0, CONTENT_HASH_DIGITS);

function hashed(stem: string, body: string): DataFile {
  return { url: hashedFileUrl(stem, hashOf(body)), body };
}

/**
 * The places' reporting files, in a folder named by one hash of them all
 * (`places.<hash>/<id>.json`): the map file names every one, and a hash per file made those names a
 * seventh of it (gzip) with 100 times our data, as random digits compress not at all; a folder per
 * set, as for the pictures (pictureFiles: Turbopack's cache and files new to a folder it knows).
 * The cost: a change to any place's reporting renames them all, so a reader opens a place from the
 * network once more after such a deploy.
 */
function placeFiles(data: GeoData): DataFile[] {
  const ids = [...data.places.keys()];
  const bodies = ids.map((id) => JSON.stringify(placeReportingOf(id, data)));
  const folderHash = hashOf(...ids.flatMap((id, i) => [id, bodies[i]!]));
  return ids.map((id, i) => ({ url: placeFileUrl(folderHash, id), body: bodies[i]! }));
}

/**
 * What draws the places' small maps from the map's data: for a place, its picture as an SVG document
 * in each language. Rendering components is not lib/'s: the build passes
 * components/place-page/place-picture.tsx `placePictures`.
 */
export type PlacePictures = (data: ReportedData) => (id: string, geometry: Geometry) => Record<Locale, string>;

/**
 * Each place's small map in each language, in a folder named by one hash of them all
 * (`pictures.<hash>/<id>.<language>.svg`), and their URLs by place and language. A folder of its
 * own per set of pictures, not a hash per file: Turbopack's build cache took about 6 ms for each
 * file that came into a folder it had seen before (the 100 times data set's 2,800 pictures into the
 * folder that had held ours: 16-20 s of compiling; into a new folder: 3.6 s). The cost: a change to any
 * picture renames them all, so a reader fetches a place's small map once more after such a deploy.
 */
function pictureFiles(data: GeoData, draw: ReturnType<PlacePictures>) {
  const drawn = [...data.places].flatMap(([id, { feature }]) =>
    Object.entries(draw(id, feature.geometry)).map(([locale, body]) => ({ id, locale, body })),
  );
  const folderHash = hashOf(...drawn.flatMap(({ id, locale, body }) => [id, locale, body]));
  const files: DataFile[] = drawn.map(({ id, locale, body }) => ({ url: pictureFileUrl(folderHash, id, locale), body }));
  const urls: DataManifest['pictures'] = {};
  drawn.forEach(({ id, locale }, i) => {
    urls[id] = { ...urls[id], [locale]: files[i]!.url } as Record<Locale, string>;
  });
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
  const downloads = downloadFilesOf(data, version);
  const index = { url: downloadFileUrl(version.id, ''), files: downloads.map(({ body: _body, ...entry }) => entry) };
  return { index, files: downloads.map((d) => ({ url: downloadFileUrl(version.id, d.name), body: d.body })) };
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
