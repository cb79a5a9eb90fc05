/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data files in geo/ are read by lib/data.ts at build time; keep them traced for `next start`.
  outputFileTracingIncludes: { '/**': ['./geo/**/*'] },
};

module.exports = nextConfig;
