/**
 * The addresses of the build's data files, written once: lib/write-data-files.ts names the files
 * with these functions, and lib/cache-headers.ts makes the patterns proxy.ts knows them by (what a
 * cache may keep a year, what a day) from the same functions, so that a file renamed here keeps
 * its headers. Pure; in the proxy's bundle.
 */
import { DATA_VERSION_PATTERN } from './ids';

/** The URL path under which the data files are served (public/_data/). */
export const DATA_URL_PREFIX = '/_data/';

/** The downloads' folder stem: the data package's name (lib/downloads/package.ts). */
export const PACKAGE_NAME = 'frontline-map-data';

/** A file named by a hash of its content, e.g. `/_data/map.3f9c0a1b2d4e.json`. */
export const hashedFileUrl = (stem: string, hash: string) => `${DATA_URL_PREFIX}${stem}.${hash}.json`;

/** A place's reporting file, in the folder named by one hash of them all. */
export const placeFileUrl = (folderHash: string, id: string) => `${DATA_URL_PREFIX}places.${folderHash}/${id}.json`;

/** A place's small map in a language, in the folder named by one hash of them all. */
export const pictureFileUrl = (folderHash: string, id: string, locale: string) => `${DATA_URL_PREFIX}pictures.${folderHash}/${id}.${locale}.svg`;

/** The folder of one data version's downloads: `frontline-map-data-<version>` (named by the version, not by the files' bytes). */
export const downloadFolderOf = (version: { id: string }) => `${PACKAGE_NAME}-${version.id}`;

/** A download of a data version, e.g. `/_data/frontline-map-data-0123456789ab/reports.csv` (the folder's address with `name` empty). */
export const downloadFileUrl = (versionId: string, name: string) => `${DATA_URL_PREFIX}${downloadFolderOf({ id: versionId })}/${name}`;

/** How many hex digits of a SHA-256 name a file or folder by its content. */
export const CONTENT_HASH_DIGITS = 12;

/** The patterns of the addresses' parts: a content hash, an id or file stem, a language, a data version. */
export const PART_PATTERNS = {
  hash: `[0-9a-f]{${CONTENT_HASH_DIGITS}}`,
  name: '[\\w-]+',
  locale: '[a-z]{2}',
  version: DATA_VERSION_PATTERN.source.replace(/^\^|\$$/g, ''),
} as const;

/**
 * A regular expression source matching every address `name` makes: `name` is called with a marker
 * for each part, the rest of its answer is taken literally, and each marker becomes its part's pattern.
 * @example addressPattern(placeFileUrl, '[0-9a-f]{12}', '[\\w-]+') // '\\/_data\\/places\\.[0-9a-f]{12}\\/[\\w-]+\\.json'
 */
export function addressPattern<Parts extends string[]>(name: (...parts: Parts) => string, ...partPatterns: Parts): string {
  // Markers from Unicode's private use area: in no address, and nothing to a regular expression.
  const markers = partPatterns.map((_, i) => `\uE000${i}\uE001`) as Parts;
  const literal = name(...markers).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return literal.replace(/\uE000(\d+)\uE001/g, (_, i: string) => partPatterns[Number(i)]!);
}
