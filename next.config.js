/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data files in geo/ are read by lib/data.ts at build time, and the embed's server renderer
  // (.embed/render.mjs, scripts/build-embed.mjs) at run time: keep them traced for `next start`.
  outputFileTracingIncludes: { '/**': ['./geo/**/*', './.embed/**/*'] },
  // Let proxy.ts see Next's router headers (it refuses a malformed router state, which Next
  // itself would answer with a 500).
  skipProxyUrlNormalize: true,
};

module.exports = nextConfig;
