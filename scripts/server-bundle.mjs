// Where the production server's bundle is (written by scripts/build-server.mjs), and whether a
// complete build exists: the Next build and the server bundle. Shared by `npm start` and the bench.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SERVER_BUNDLE = path.join(ROOT, '.next', 'origin-server.mjs');

/** True when `npm run build` has run to the end. */
export function hasBuild() {
  return existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(SERVER_BUNDLE);
}
