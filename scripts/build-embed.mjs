// Bundles the embed (README "Embedding"), the same components as the main page with Preact
// standing in for React (`react`, `react-dom` → `preact/compat`, whose jsx-runtime, client and
// server follow by esbuild's alias of package subpaths):
//   - the browser's: components/embed/embed-entry.tsx, with Leaflet and the styles, into
//     public/_embed/embed.<hash>.js and .css and chunks (ES modules), and the Intl warm-up worker
//     (components/i18n/intl-warmup-worker.ts) into intl-warmup.<hash>.js; public/_embed/manifest.json
//     (the entry, its stylesheet, the chunks to preload, the worker) for lib/embed-assets.ts, which
//     gives the server the stylesheet's text to inline;
//   - the server's: components/embed/embed-document.tsx (renderEmbedPage, with
//     preact-render-to-string) into .embed/render.mjs, which lib/embed-page.ts loads for /embed.
// Part of `npm run build` (and run by the unit tests' global set-up); the output is not committed.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// next-intl's hooks are use-intl's (next-intl re-exports them for Next): outside Next, use-intl itself.
const PREACT = { react: 'preact/compat', 'react-dom': 'preact/compat', 'next-intl': 'use-intl', '@': '.' };
/**
 * The frame's messages come compiled (the Next build's loader compiles messages/*.json, which
 * app/embed/route.ts passes on): use-intl formats them with icu-minify's small formatter, as in the
 * main page (next.config.js), not with an ICU message parser.
 */
const precompiledMessages = {
  name: 'precompiled-messages',
  setup(build) {
    build.onResolve({ filter: /^use-intl\/format-message$/ }, (args) =>
      build.resolve('use-intl/format-message/format-only', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

/**
 * In the browser's bundle, the map's pop-up (components/map/selected-popup.tsx) gets the embed's
 * stand-in for its content (components/embed/lazy-place-popup.tsx), which loads the place's summary
 * with the rest of the reporting code as a chunk when a pop-up first opens: most frames never open
 * one, and each frame's start is on a budget (issue 12). The main page and the server keep theirs.
 */
const lazyPopup = {
  name: 'lazy-place-popup',
  setup(build) {
    build.onResolve({ filter: /components\/reports\/place-popup$/ }, (args) =>
      args.importer.endsWith(path.join('components', 'map', 'selected-popup.tsx'))
        ? { path: path.resolve('components', 'embed', 'lazy-place-popup.tsx') }
        : undefined,
    );
  },
};

/**
 * `leaflet` as its ES module build in the browser's bundle: the package's main file is UMD, which
 * esbuild wraps in CommonJS helpers, a chunk of their own, one more request at every frame's start.
 * (The components import it as a namespace, `import * as L`, which both builds resolve.)
 */
const leafletEsm = {
  name: 'leaflet-esm',
  setup(build) {
    build.onResolve({ filter: /^leaflet$/ }, (args) =>
      build.resolve('leaflet/dist/leaflet-src.esm.js', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

const shared = {
  bundle: true,
  alias: PREACT,
  plugins: [precompiledMessages],
  tsconfig: 'tsconfig.json',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

const outdir = path.join('public', '_embed');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// The Intl warm-up worker (components/i18n/intl-warmup-worker.ts): a classic script (module workers
// are newer); its hashed address goes in the manifest, and from there on each page's <html>
// (components/i18n/warm-intl.ts).
const warmup = await build({
  ...shared,
  entryPoints: { 'intl-warmup': 'components/i18n/intl-warmup-worker.ts' },
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir,
  entryNames: '[name].[hash]',
});
const warmupUrl = `/_embed/${path.basename(Object.keys(warmup.metafile.outputs)[0])}`;
const client = await build({
  ...shared,
  entryPoints: { embed: 'components/embed/embed-entry.tsx' },
  plugins: [precompiledMessages, lazyPopup, leafletEsm],
  minify: true,
  // ES modules with splitting: code only some maps need (the bulk point layer) is a chunk of its own.
  format: 'esm',
  splitting: true,
  target: ['es2020'],
  // Class fields as written (public ones run in Chrome 72, Firefox 75, Safari 14.1): lowered, they needed
  // a helper that esbuild put in a chunk of its own, one more request at every frame's start.
  supported: { 'class-field': true },
  outdir,
  entryNames: '[name].[hash]',
  chunkNames: 'chunk.[hash]',
  assetNames: '[name].[hash]',
  // Absolute: the stylesheet is inlined in the page (/embed), where `./layers.png` would not resolve.
  publicPath: '/_embed/',
  loader: { '.png': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
});
const files = readdirSync(outdir);
const js = files.find((f) => /^embed\.[A-Z0-9]+\.js$/.test(f));
const css = files.find((f) => /^embed\.[A-Z0-9]+\.css$/.test(f));
if (!js || !css) throw new Error(`build-embed: missing output in ${outdir}: ${files.join(', ')}`);
// The chunks the entry imports at start (not those it imports on demand): the page preloads them
// with the entry, so that they do not wait for it to be fetched and parsed first.
const entryOutput = client.metafile.outputs[path.join(outdir, js)];
const preload = entryOutput.imports.filter((i) => i.kind === 'import-statement').map((i) => `/_embed/${path.basename(i.path)}`);
// The chunk of the reporting components (components/embed/use-reporting.ts), which the entry imports
// on demand: after a failed load, Try again imports it by this address with a query, as browsers
// that keep a failed module import's answer (Chromium 150 here) would give the same failure again.
const reportingChunk = Object.entries(client.metafile.outputs).find(([, o]) => o.entryPoint === 'components/embed/embed-reporting.ts');
if (!reportingChunk) throw new Error('build-embed: no chunk of components/embed/embed-reporting.ts');
const reporting = `/_embed/${path.basename(reportingChunk[0])}`;
writeFileSync(
  path.join(outdir, 'manifest.json'),
  JSON.stringify({ js: `/_embed/${js}`, css: `/_embed/${css}`, preload, intlWarmup: warmupUrl, reporting }, null, 2),
);

const server = await build({
  ...shared,
  entryPoints: ['components/embed/embed-document.tsx'],
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  outfile: path.join('.embed', 'render.mjs'),
  // The page's styles are the client bundle's; on the server a stylesheet import is nothing.
  loader: { '.css': 'empty' },
});
// The project's own sources in either bundle: tests/lib/embed-messages.test.ts reads the catalogue
// namespaces they use off them, to check the embed's messages (lib/messages.ts EMBED_NAMESPACES).
const sources = [client, server].flatMap((result) => Object.keys(result.metafile.inputs)).filter((f) => !f.startsWith('node_modules/'));
writeFileSync(path.join('.embed', 'sources.json'), JSON.stringify([...new Set(sources)].sort(), null, 1));
const sizes = (result) => Object.entries(result.metafile.outputs).map(([f, o]) => `${path.basename(f)} ${o.bytes} B`);
console.log(`Embed built: ${[...sizes(warmup), ...sizes(client), ...sizes(server)].join(', ')}`);
