/**
 * Where the embed's bundled client is (written by scripts/build-embed.mjs at build time).
 * Node-only (fs); read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';

let cached: { js: string; css: string } | undefined;

export function embedAssets(): { js: string; css: string } {
  if (cached) return cached;
  const file = path.join(process.cwd(), 'public', '_embed', 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as { js: string; css: string };
  cached = manifest;
  return manifest;
}
