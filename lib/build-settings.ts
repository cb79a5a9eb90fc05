/**
 * The settings a build bakes into its prerendered pages. `/`, /about and the place pages are
 * rendered once, by `next build`, with the SITE_URL and tile settings of that moment; the server
 * reads the same variables again when it starts (security headers, /embed, oEmbed). When the two
 * differ the site is inconsistent: with another TILE_URL at start, the map page asks the build's
 * tile server while its Content-Security-Policy allows only the new one, and no tile loads. So
 * `npm run validate` (part of the build) records them, and the server warns at start when they
 * changed (instrumentation.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { configuredOrigin } from './site';
import { tileConfig } from './tiles';

export const BUILD_SETTINGS_FILE = path.join(process.cwd(), '.data', 'build-settings.json');

type Env = Record<string, string | undefined>;

/** What a prerendered page depends on, as the environment gives it. */
export function buildSettingsOf(env: Env = process.env): Record<string, string | null> {
  const tiles = tileConfig(env);
  return {
    SITE_URL: configuredOrigin(env),
    TILE_URL: tiles.url,
    TILE_ATTRIBUTION: tiles.attribution,
    TILE_ATTRIBUTION_URL: tiles.attributionUrl,
    TILE_NAME: tiles.name,
    // The valid entries, normalised: a change of spacing in the variable is no change.
    TILE_SOURCES: tiles.sources.length ? JSON.stringify(tiles.sources) : null,
  };
}

/**
 * The warning for a server started with other settings than its build's, or null when they match.
 * @param built the settings recorded at build (buildSettingsOf then)
 * @param now the settings at start
 */
export function settingsChangedWarning(built: Record<string, string | null>, now: Record<string, string | null>): string | null {
  const changed = Object.keys(now).filter((key) => (built[key] ?? null) !== now[key]);
  if (!changed.length) return null;
  const show = (v: string | null | undefined) => (v == null ? '(not set)' : v);
  const lines = changed.map((key) => `  ${key}: ${show(built[key])} at build, ${show(now[key])} now`);
  return [
    'The server was started with other settings than its build. The prerendered pages (/, /about, /places/…) keep the',
    "build's; the security headers, /embed and oEmbed use today's. Run `npm run build` again with these settings:",
    ...lines,
  ].join('\n');
}

export function writeBuildSettings(env: Env = process.env, file: string = BUILD_SETTINGS_FILE): void {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  fs.writeFileSync(/*turbopackIgnore: true*/ file, `${JSON.stringify(buildSettingsOf(env), null, 2)}\n`);
}

/** The warning for this server process, or null (also when no build recorded its settings). */
export function startWarning(env: Env = process.env, file: string = BUILD_SETTINGS_FILE): string | null {
  let built: Record<string, string | null>;
  try {
    built = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as Record<string, string | null>;
  } catch {
    return null;
  }
  return settingsChangedWarning(built, buildSettingsOf(env));
}
