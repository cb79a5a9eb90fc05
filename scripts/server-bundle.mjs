// Where the production server's bundle is (written by scripts/build-server.mjs), and whether a
// complete build exists: the Next build and the server bundle. Shared by `npm start` and the bench.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SERVER_BUNDLE = path.join(ROOT, '.next', 'origin-server.mjs');

/** True when `npm run build` has run to the end: the Next build, the server bundle, and what the server reads at run time. */
export function hasBuild() {
  const made = [
    path.join('.next', 'BUILD_ID'),
    path.join('.data', 'checked.json'),
    path.join('.embed', 'render.mjs'),
    path.join('public', '_embed', 'manifest.json'),
  ];
  return made.every((file) => existsSync(path.join(ROOT, file))) && existsSync(SERVER_BUNDLE);
}
