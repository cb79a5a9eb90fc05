/**
 * Where the embed's bundled client is (written by scripts/build-embed.mjs at build time).
 * Node-only (fs); read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The entry script (an ES module), its stylesheet, and the chunks it imports at start. */
export interface EmbedAssets {
  js: string;
  css: string;
  preload: string[];
}

let cached: EmbedAssets | undefined;

export function embedAssets(): EmbedAssets {
  if (cached) return cached;
  const file = path.join(process.cwd(), 'public', '_embed', 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as EmbedAssets;
  cached = manifest;
  return manifest;
}
