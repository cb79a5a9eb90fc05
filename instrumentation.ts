/**
 * Runs once when a server process starts (Next's instrumentation hook), before any request.
 * The SITE_URL warning is printed here, at start rather than per request: the setting cannot
 * change while the server runs. Next calls register() once per runtime it loads; the Node.js
 * guard keeps it to one warning per server process (the Edge runtime, were it used, would repeat it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrlWarning } = await import('./lib/site');
  const warning = siteUrlWarning();
  if (warning) console.warn(warning);
}
