/**
 * The data version: a short hash of every file in the data folder (geo/ or GEO_DIR), paths and
 * bytes, computed by `npm run validate` and written into the build's data manifest
 * (lib/data-files.ts). A citation names it, so that a reader can tell whether the map still shows
 * the data that was cited. Node-only (fs, crypto, git).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Hex digits of the version (DATA_VERSION_PATTERN, lib/ids.ts): ample to tell versions apart, short enough to quote. */
const DATA_VERSION_LENGTH = 12;

export interface DataVersion {
  /** The hash, DATA_VERSION_LENGTH lower-case hex digits. */
  id: string;
  /**
   * YYYY-MM-DD: the date of the last commit that changed the data folder, or, where the folder is
   * not in a git repository (or has uncommitted changes), the day of the build that hashed it.
   * A citation's "issued" date.
   */
  date: string;
}

/**
 * The hash of a data set's files.
 * @param files each file's path relative to the data folder (with `/`) and its bytes, in any order
 * @returns DATA_VERSION_LENGTH hex digits; the same files give the same version whatever their order
 * @example dataVersionOf([{ path: 'layers.json', bytes: Buffer.from('{}') }]) // 12 hex digits
 */
export function dataVersionOf(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    // Lengths before contents, so that no two different sets of files hash the same bytes.
    hash.update(`${file.path.length}:${file.path}:${file.bytes.length}:`);
    hash.update(file.bytes);
  }
  return hash.digest('hex').slice(0, DATA_VERSION_LENGTH);
}

/** Every file under `dir`, recursively, with its path relative to `dir`. */
function filesUnder(dir: string, prefix = ''): { path: string; bytes: Uint8Array }[] {
  return fs.readdirSync(/*turbopackIgnore: true*/ path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesUnder(dir, relative);
    return entry.isFile() ? [{ path: relative, bytes: fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, relative)) }] : [];
  });
}

/** The date of the last commit that changed `dir`, if it is in a git work tree without uncommitted changes there. */
function committedDate(dir: string): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (git('status', '--porcelain', '--', '.') !== '') return undefined;
    const date = git('log', '-1', '--format=%cs', '--', '.');
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The version of the data in a folder.
 * @param today the build's date (YYYY-MM-DD), used where git gives none
 */
export function readDataVersion(dir: string, today = new Date().toISOString().slice(0, 10)): DataVersion {
  return { id: dataVersionOf(filesUnder(dir)), date: committedDate(dir) ?? today };
}
