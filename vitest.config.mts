import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests run in node: lib/, the geo/ checks, route logic and the SSR import test.
// Browser behaviour is tested with Playwright in tests/e2e (see playwright.config.ts).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
