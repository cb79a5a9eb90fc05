/**
 * Runs once when a server process starts (Next's instrumentation hook), before any request.
 * The SITE_URL warning, and the warning for settings that changed since the build, are printed here, at start rather than per request: the setting cannot
 * change while the server runs. Next calls register() once per runtime it loads; the Node.js
 * guard keeps it to one warning per server process (the Edge runtime, were it used, would repeat it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrlWarning } = await import('./lib/site');
  const warning = siteUrlWarning();
  if (warning) console.warn(warning);
  // Settings changed since the build: the prerendered pages still carry the build's (lib/build-settings.ts).
  const { startWarning } = await import('./lib/build-settings');
  const changed = startWarning();
  if (changed) console.warn(changed);
  // Bad TILE_SOURCES entries are left out of the switcher; the server runs without them, and says so.
  const { tileSourceProblems } = await import('./lib/tiles');
  const problems = tileSourceProblems();
  if (problems.length)
    console.error(['TILE_SOURCES: these entries are left out (README "Tiles"):', ...problems.map((p) => `  ${p}`)].join('\n'));
}
