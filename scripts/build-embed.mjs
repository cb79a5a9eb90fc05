// Bundles the embed's client (components/embed/embed-client.ts, with Leaflet and its CSS) into
// public/_embed/embed.<hash>.js and .css, and writes public/_embed/manifest.json for lib/embed-assets.ts.
// Part of `npm run build`; the output is not committed.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outdir = path.join('public', '_embed');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: { embed: 'components/embed/embed-client.ts' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir,
  entryNames: '[name].[hash]',
  assetNames: '[name].[hash]',
  loader: { '.png': 'file', '.svg': 'file' },
  alias: { '@': '.' },
  tsconfig: 'tsconfig.json',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const files = readdirSync(outdir);
const js = files.find((f) => /^embed\.[A-Z0-9]+\.js$/.test(f));
const css = files.find((f) => /^embed\.[A-Z0-9]+\.css$/.test(f));
if (!js || !css) throw new Error(`build-embed: missing output in ${outdir}: ${files.join(', ')}`);
writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ js: `/_embed/${js}`, css: `/_embed/${css}` }, null, 2));
const bytes = Object.entries(result.metafile.outputs).map(([f, o]) => `${path.basename(f)} ${o.bytes} B`);
console.log(`Embed client built: ${bytes.join(', ')}`);
