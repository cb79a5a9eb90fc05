/**
 * Vitest's global set-up: what `npm run build` makes and the tests read, made from the current
 * source before the tests (`npm test` runs Vitest before the build): the checked data the server
 * reads (`npm run validate`, .data/checked.json) and the embed's bundles (scripts/build-embed.mjs),
 * for the tests of the routes, the embed page and its size budget. A few seconds.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function buildForTests(): void {
  const cwd = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts'], { cwd, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-embed.mjs'], { cwd, stdio: 'pipe' });
}
