/**
 * Site-wide settings from the environment:
 * - SITE_URL: the public origin (e.g. https://map.example.org), used in embed code, oEmbed and
 *   links; default: the origin of the request.
 * - FRAME_ANCESTORS: origins allowed to frame /embed, separated by spaces or commas; default: any.
 */
export function siteOrigin(requestUrl: string, env: Record<string, string | undefined> = process.env): string {
  return configuredOrigin(env) ?? new URL(requestUrl).origin;
}

/** SITE_URL's origin, or null when it is unset or not an http(s) URL. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.SITE_URL?.trim();
  if (!configured) return null;
  try {
    const u = new URL(configured);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The warning a production server prints at start when SITE_URL is missing or unusable: the site
 * still works, but its links then follow each request's Host header, so a CDN must keep a copy of
 * /embed per Host (README "Running behind a CDN"). Null when there is nothing to say.
 */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | null {
  if (env.NODE_ENV !== 'production' || configuredOrigin(env)) return null;
  const why = env.SITE_URL?.trim() ? `SITE_URL "${env.SITE_URL}" is not an http(s) URL` : 'SITE_URL is not set';
  return (
    `Warning: ${why}. Links in /embed, embed code and oEmbed answers follow each request's Host header, ` +
    'so a CDN keeps a copy of them for every Host name it is reached by; and the prerendered pages, built ' +
    'without it, link no preview image or oEmbed answer. Set SITE_URL to the public origin for `npm run build` ' +
    'and `npm start`, e.g. SITE_URL=https://map.example.org (README "Security headers").'
  );
}

/**
 * The Vary header of a response whose body holds this site's origin (links, embed code): without
 * SITE_URL that origin comes from the Host and X-Forwarded-Proto headers, so a shared cache must
 * not serve an answer built for one to a request with another. Null when SITE_URL fixes it.
 */
export function originVary(env: Record<string, string | undefined> = process.env): string | null {
  return configuredOrigin(env) ? null : 'Host, X-Forwarded-Proto';
}

/**
 * This site's origin as the reader's browser sees it: SITE_URL when set, else the request's Host
 * header when it looks like a host name (with the scheme from X-Forwarded-Proto), else `fallbackUrl`.
 */
export function originFromHeaders(
  headers: Pick<Headers, 'get'>,
  fallbackUrl: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const host = headers.get('host') ?? '';
  const proto = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return siteOrigin(/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `${proto}://${host}/` : fallbackUrl, env);
}

/** The origins allowed to frame /embed, or null for any. Invalid entries are dropped. */
export function frameAncestors(env: Record<string, string | undefined> = process.env): string[] | null {
  const raw = env.FRAME_ANCESTORS?.trim();
  if (!raw) return null;
  const origins = raw
    .split(/[\s,]+/)
    .map((s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
      } catch {
        return null;
      }
    })
    .filter((s): s is string => s !== null);
  return origins.length ? origins : null;
}
