/**
 * Site-wide settings from the environment:
 * - SITE_URL: the public origin (e.g. https://map.example.org), used in embed code, oEmbed and
 *   links; default: the origin of the request.
 * - FRAME_ANCESTORS: origins allowed to frame /embed, separated by spaces or commas; default: any.
 */
export function siteOrigin(requestUrl: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    try {
      const u = new URL(configured);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(requestUrl).origin;
}

/**
 * This site's origin as the reader's browser sees it: SITE_URL when set, else the request's Host
 * header when it looks like a host name (with the scheme from X-Forwarded-Proto), else `fallbackUrl`.
 */
export function originFromHeaders(headers: Pick<Headers, 'get'>, fallbackUrl: string, env: Record<string, string | undefined> = process.env): string {
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
