/**
 * Vitest's global set-up: builds the embed's bundles once before the tests (scripts/build-embed.mjs,
 * a few seconds), so that the tests of the embed page and its size budget read what the current
 * source builds. `npm test` runs Vitest before `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function buildEmbed(): void {
  execFileSync(process.execPath, ['scripts/build-embed.mjs'], { cwd: path.resolve(import.meta.dirname, '..', '..'), stdio: 'pipe' });
}
