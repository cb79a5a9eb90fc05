/**
 * Where the embed's bundled client is (written by scripts/build-embed.mjs at build time), and its
 * stylesheet's text, which the embed page inlines (components/embed/embed-document.tsx).
 * Node-only (fs); read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The entry script (an ES module), its stylesheet, and the chunks it imports at start. */
export interface EmbedAssets {
  js: string;
  css: string;
  /** The stylesheet's text. */
  styles: string;
  preload: string[];
  /** The Intl warm-up worker (components/i18n/intl-warmup-worker.ts), which the main site's pages start too. */
  intlWarmup: string;
  /** The chunk of the reporting components, which Try again imports by its address (components/embed/use-reporting.ts). */
  reporting: string;
}

let cached: EmbedAssets | undefined;

export function embedAssets(): EmbedAssets {
  if (cached) return cached;
  const publicDir = path.join(process.cwd(), 'public');
  const manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(publicDir, '_embed', 'manifest.json'), 'utf8')) as Omit<
    EmbedAssets,
    'styles'
  >;
  const styles = fs.readFileSync(/*turbopackIgnore: true*/ path.join(publicDir, manifest.css), 'utf8');
  // Inlined in a <style> element, which this text would end early.
  if (/<\/style/i.test(styles)) throw new Error(`${manifest.css}: the embed's stylesheet contains "</style", which cannot be inlined`);
  cached = { ...manifest, styles };
  return cached;
}
