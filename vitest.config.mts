import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests run in node: lib/, the geo/ checks, route logic and the SSR import test.
// Browser behaviour is tested with Playwright in tests/e2e (see playwright.config.ts).
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws on import unless resolved with the `react-server` export condition,
      // which only Next's server bundler sets. Tests import lib/data.ts (and the routes and page
      // that use it) in plain node, where that import must succeed: map it to an empty module.
      // Next still enforces it in the app build; tests/ssr-imports.test.ts checks the other side
      // of the boundary (no Leaflet or `window` in the server graph).
      'server-only': path.resolve(import.meta.dirname, 'tests/helpers/empty-module.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    globalSetup: ['tests/helpers/build-embed.ts'],
  },
});
