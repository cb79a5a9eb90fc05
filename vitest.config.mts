import path from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * Three projects, one `vitest run`:
 * - `node`: lib/, the geo/ checks, route logic and the SSR import test (tests/**\/*.test.ts);
 * - `react` and `preact`: the shared components in Chromium (tests/components/**\/*.browser.test.tsx),
 *   once with React 19 as the main page runs them, once with React's modules mapped to Preact as
 *   the /embed bundle of the same components is to map them, so that both renderers are tested.
 * The whole app in a browser is tested with Playwright in tests/e2e (see playwright.config.ts).
 */

const componentTests = ['tests/components/**/*.browser.test.tsx'];

/** As scripts/build-embed.mjs maps it: next-intl's package needs Next; its hooks are use-intl's. */
const NEXT_INTL_HOOKS = { find: /^next-intl$/, replacement: 'use-intl' };

/** Debian's Chromium, as for the e2e tests: browser downloads are not possible on our machines. */
const chromium = playwright({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    // No background requests: component tests must not touch the network (no tiles either).
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  },
  // A click or key press that cannot happen (hidden, covered) fails fast instead of waiting for the test timeout.
  actionTimeout: 5_000,
});

/** A browser project: one Chromium, a wide fixed viewport (the pop-up and panel layout), bounded waits. */
function browserProject(name: 'react' | 'preact', extra: Omit<TestProjectInlineConfiguration, 'test'> = {}): TestProjectInlineConfiguration {
  const renderer =
    name === 'react'
      ? ['react', 'react-dom/client', 'react/jsx-dev-runtime']
      : ['preact/compat', 'preact/compat/client', 'preact/jsx-dev-runtime', 'preact/test-utils'];
  return {
    extends: true,
    ...extra,
    // The optimizer's cache is per renderer: a bundle of react-leaflet made against React must never serve Preact.
    cacheDir: `node_modules/.vite/vitest-${name}`,
    // Pre-bundle every dependency the tests reach before the first test runs: one found later makes
    // Vite re-bundle mid-run, and modules from the old and new bundles then meet on one page (two
    // copies of React: "Invalid hook call"). `entries` finds them on a cold cache; `include` names
    // them, so that a cache made before a test brought one in is rebuilt instead of reused.
    optimizeDeps: { entries: componentTests, include: [...renderer, 'leaflet', 'react-leaflet', '@turf/bbox', 'use-intl'] },
    test: {
      name,
      include: componentTests,
      // Tests can ask which renderer they run under (tests/components/render.tsx).
      provide: { renderer: name },
      testTimeout: 15_000,
      hookTimeout: 15_000,
      expect: { poll: { timeout: 3_000 } },
      browser: {
        enabled: true,
        provider: chromium,
        headless: true,
        instances: [{ browser: 'chromium' }],
        viewport: { width: 1280, height: 800 },
        connectTimeout: 30_000,
        // Screenshots of failures would be written next to the tests; the assertion says what failed.
        screenshotFailures: false,
      },
    },
  };
}

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
    testTimeout: 20_000,
    globalSetup: ['tests/helpers/build-for-tests.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      // next-intl's hooks are use-intl's; outside Next (as in the embed's bundle) use-intl itself.
      browserProject('react', { resolve: { alias: [NEXT_INTL_HOOKS], dedupe: ['react', 'react-dom'] } }),
      browserProject('preact', {
        resolve: {
          // The mapping planned for the embed's esbuild bundle. Exact matches, so that `react` does not
          // also capture `react/jsx-runtime` (which goes to preact's own runtime, not compat's).
          alias: [
            { find: /^react$/, replacement: 'preact/compat' },
            { find: /^react-dom$/, replacement: 'preact/compat' },
            { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
            { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
            // Vite compiles JSX for development, which imports the dev runtime.
            { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
            NEXT_INTL_HOOKS,
          ],
          dedupe: ['preact'],
        },
      }),
    ],
  },
});
