// next-intl's plugin points next-intl at its request configuration (i18n/request.ts), and compiles
// the message catalogues (messages/*.json) at build: the pages then format them with a formatter of
// under 1 KB instead of shipping an ICU message parser (README "Languages").
const os = require('node:os');
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Prerendering workers: Next's default, one per core but one, leaves a 2-core machine one worker
  // while the main process waits for it. Two there: with 100 times our data the 4,548 pages took
  // 41 s instead of 50 (`npm run bench:data`); ours, 93 pages, build as fast either way.
  experimental: { cpus: Math.max(2, os.cpus().length - 1) },
  poweredByHeader: false,
  // Read at run time, so traced for `next start`: the checked data (.data/checked.json, written by
  // `npm run validate` from geo/) and the embed's server renderer (.embed/render.mjs).
  outputFileTracingIncludes: { '/**': ['./.data/**/*', './.embed/**/*'] },
  // public/ is served from its folder, never from a route's trace: Turbopack listed every file of
  // public/_data/ (4,200 with 100 times our data) in every route's, and turbopackIgnore comments on
  // the data files' reads did not stop it (which expression it traces was not found).
  outputFileTracingExcludes: { '/**': ['./public/**/*'] },
  // Let proxy.ts see Next's router headers (it refuses a malformed router state, which Next
  // itself would answer with a 500).
  skipProxyUrlNormalize: true,
  // The pictures' PNG rasteriser (app/image) is a native module: loaded by Node, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
};

module.exports = withNextIntl(nextConfig);
