import { readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Browser tests drive Debian's Chromium (no browser download is possible here).
const port = Number(process.env.E2E_PORT || 3100);
// The further base maps (TILE_SOURCES, README "Tiles") of the server, as `npm test`'s build had
// them: hosts under `.invalid`, which never resolve; tests/e2e/base-map.spec.ts serves their tiles.
const TILE_SOURCES = readFileSync('tests/e2e/tile-sources.json', 'utf8');

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      // `npm start`, which runs `next start`. `npm test` builds first, so start.mjs finds a complete
      // build and only serves it (it builds only when there is none).
      command: 'node scripts/start.mjs',
      env: { PORT: String(port), HOSTNAME: '127.0.0.1', TILE_SOURCES },
      url: `http://127.0.0.1:${port}/api/layers`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A second origin for the embed tests: host pages of a "news site".
      command: `node tests/e2e/host-server.mjs`,
      url: `http://127.0.0.1:${port + 1}/health`,
      env: { HOST_PORT: String(port + 1) },
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
