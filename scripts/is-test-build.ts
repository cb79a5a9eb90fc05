// Exits 1 when the existing build is `npm test`'s (its switcher lists the browser tests' base maps,
// tests/e2e/tile-sources.json, on hosts that never resolve) and this environment does not ask for
// those; 0 otherwise. `npm start` runs it to build again first, so that `npm test` then `npm start`
// serves the map a reader should see. Other changed settings only warn at start (lib/build-settings.ts).
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_SETTINGS_FILE, buildSettingsOf } from '../lib/build-settings';

const testTiles = fs.readFileSync(path.join(process.cwd(), 'tests', 'e2e', 'tile-sources.json'), 'utf8');
const testSources = buildSettingsOf({ TILE_SOURCES: testTiles }).TILE_SOURCES;
let built: string | null = null;
try {
  built = (JSON.parse(fs.readFileSync(BUILD_SETTINGS_FILE, 'utf8')) as { TILE_SOURCES?: string | null }).TILE_SOURCES ?? null;
} catch {
  // No settings recorded: not a build this can tell anything about.
}
process.exit(built === testSources && buildSettingsOf().TILE_SOURCES !== testSources ? 1 : 0);
