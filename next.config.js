/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Read at run time, so traced for `next start`: the checked data (.data/checked.json, written by
  // `npm run validate` from geo/) and the embed's server renderer (.embed/render.mjs).
  outputFileTracingIncludes: { '/**': ['./.data/**/*', './.embed/**/*'] },
  // Let proxy.ts see Next's router headers (it refuses a malformed router state, which Next
  // itself would answer with a 500).
  skipProxyUrlNormalize: true,
  // The pictures' PNG rasteriser (app/image) is a native module: loaded by Node, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
};

module.exports = nextConfig;
