/**
 * The network edge of the app, before any route runs (README "Security headers"):
 * - refuses methods other than GET and HEAD (OPTIONS answers CORS preflight on the API): the app
 *   has no forms and no server actions, and prerendered routes would otherwise answer any method;
 * - answers malformed percent-encoding under /api/ with a JSON 400 (Next would throw a 500), and
 *   hides Next's router headers from the API's routes (see withoutRouterHeaders);
 * - refuses a malformed Next router-state header with a 400 (Next would throw a 500 on it);
 * - sets the Content-Security-Policy and hardening headers on every response, read at run time so
 *   the policy allows the configured tile server; /embed alone may be framed by other sites;
 * - cache headers for pages, embed.js and the embed's hashed bundles; none that a shared cache
 *   may keep on answers for Next's router (a `?_rsc=` redirect or RSC data) or on its own errors.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { isRouterRequest, NO_STORE, PRIVATE_NO_STORE, pageCacheControl, ROUTER_HEADERS } from '@/lib/cache-headers';
import { contentSecurityPolicy, HARDENING_HEADERS } from '@/lib/security-headers';
import { frameAncestors } from '@/lib/site';
import { tileConfig } from '@/lib/tiles';

/** The two header sets, built once: the environment they read does not change while the server runs. */
let headerSets: { page: Record<string, string>; embed: Record<string, string> } | undefined;

function securityHeaders(pathname: string): Record<string, string> {
  if (!headerSets) {
    const allowed = frameAncestors();
    const tileUrl = tileConfig().url;
    headerSets = {
      page: {
        'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'self'", inlineScripts: true, tileUrl }),
        'X-Frame-Options': 'SAMEORIGIN',
        ...HARDENING_HEADERS,
      },
      embed: {
        'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: allowed ? allowed.join(' ') : '*', inlineScripts: false, tileUrl }),
        ...HARDENING_HEADERS,
      },
    };
  }
  return pathname === '/embed' ? headerSets.embed : headerSets.page;
}

function refuse(pathname: string, status: 400 | 405, message: string): NextResponse {
  // Plain text outside the API; never echoes the request.
  const api = pathname.startsWith('/api/');
  const response = api
    ? NextResponse.json({ error: { status, message } }, { status, headers: { 'Access-Control-Allow-Origin': '*' } })
    : new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (status === 405) response.headers.set('Allow', api ? 'GET, HEAD, OPTIONS' : 'GET, HEAD');
  // An error is about one request: a cache that kept it would refuse the next reader too.
  response.headers.set('Cache-Control', NO_STORE);
  for (const [name, value] of Object.entries(securityHeaders(pathname))) response.headers.set(name, value);
  return response;
}

function isRouterStateTree(value: string): boolean {
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith('/api/');
  if (api && request.method === 'OPTIONS') {
    return new NextResponse(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Max-Age': '86400',
        ...securityHeaders(pathname),
      },
    });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(pathname, 405, 'Method not allowed: this site only answers GET and HEAD.');
  if (api) {
    try {
      decodeURIComponent(request.nextUrl.pathname);
    } catch {
      return refuse(pathname, 400, 'Malformed URL: invalid percent-encoding.');
    }
  }

  const tree = request.headers.get('next-router-state-tree');
  if (tree !== null && !isRouterStateTree(tree)) return refuse(pathname, 400, 'Malformed router state header.');
  const response = NextResponse.next(api ? { request: { headers: withoutRouterHeaders(request.headers) } } : undefined);

  for (const [name, value] of Object.entries(securityHeaders(pathname))) response.headers.set(name, value);
  setCacheHeaders(request, response);
  return response;
}

/**
 * The request's headers without Next's router headers. The API has no RSC form, yet with them Next
 * redirects to a `?_rsc=` URL first; for an id that a prerendered route does not list (handed on
 * to the API's catch-all) the two routes disagree on that URL and redirect to each other forever.
 * Cache headers are decided on the original request (setCacheHeaders): such requests stay private.
 */
function withoutRouterHeaders(headers: Headers): Headers {
  const plain = new Headers(headers);
  for (const name of ROUTER_HEADERS) plain.delete(name);
  return plain;
}

/**
 * A Cache-Control set here wins over Next's and over a route handler's (measured with Next 16), so
 * it is set only where this file knows better; errors from the routes are decided in lib/http.ts.
 */
function setCacheHeaders(request: NextRequest, response: NextResponse): void {
  const { pathname, searchParams } = request.nextUrl;
  const page = pageCacheControl(pathname);
  // Next's redirect to the `?_rsc=` URL carries no Vary, so a shared cache would keep it (or the
  // RSC data) under the page's URL and serve it to every reader. Stored nowhere, it needs no Vary.
  if (isRouterRequest(request.headers, searchParams)) response.headers.set('Cache-Control', PRIVATE_NO_STORE);
  else if (/^\/_embed\/[\w-]+\.[A-Z0-9]+\.(js|css|png)$/.test(pathname) || /^\/_data\/(places\/)?[\w-]+\.[0-9a-f]{12}\.json$/.test(pathname))
    // Named by their content (scripts/build-embed.mjs, lib/data-files.ts): a new build gives new names.
    response.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  else if (pathname === '/embed.js') response.headers.set('Cache-Control', 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
  else if (page) response.headers.set('Cache-Control', page);
}

export const config = {
  // Everything but Next's own hashed build files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
