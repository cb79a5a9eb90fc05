/**
 * The network edge of the app, before any route runs (README "Security headers"):
 * - refuses methods other than GET and HEAD (OPTIONS answers CORS preflight on the API): the app
 *   has no forms and no server actions, and prerendered routes would otherwise answer any method;
 * - answers malformed percent-encoding with a 400, in JSON under /api/ (Next would throw a 500 on
 *   a page's or a route's {id}), and hides Next's router headers from the API's routes (see
 *   withoutRouterHeaders);
 * - refuses a malformed Next router-state header with a 400 (Next would throw a 500 on it);
 * - serves the map page opened at a story step (`/?story=…&step=…`) from that step's own
 *   prerendered page, and sends that page's own path to the map's address (lib/story-pages.ts);
 * - sets the Content-Security-Policy and hardening headers on every response, read at run time so
 *   the policy allows the configured tile server; /embed alone may be framed by other sites. No
 *   page allows inline scripts wholesale: the prerendered pages (`/`, /about, /places/…) allow the
 *   hashes of their inline scripts, /embed none; under `next dev` pages get a nonce per response;
 * - cache headers for pages, embed.js and the embed's hashed bundles; none that a shared cache
 *   may keep on answers for Next's router (a `?_rsc=` redirect or RSC data) or on its own errors;
 * - lets requests on one at a time per turn of the event loop, in arrival order, so that a burst of
 *   new connections is taken in as fast as requests are answered (lib/turn-queue.ts).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { WARM_INTL_SCRIPT } from '@/components/i18n/warm-intl';
import {
  API_CACHE_CONTROL,
  DOWNLOAD_PATH,
  HASHED_FILE_PATH,
  IMMUTABLE,
  isRouterRequest,
  NO_STORE,
  PAGE_CACHE_CONTROL,
  PRIVATE_NO_STORE,
  pageCacheControl,
  ROUTER_HEADERS,
} from '@/lib/cache-headers';
import { CORRECTIONS_FEED_PATH } from '@/lib/corrections';
import { prerenderedScriptHashes, scriptHash } from '@/lib/inline-script-hashes';
import { DEFAULT_LOCALE } from '@/lib/i18n';
import { languageDoorScript, type LocaleRoute, routeLocale } from '@/lib/locale-routing';
import { contentSecurityPolicy, HARDENING_HEADERS, newNonce } from '@/lib/security-headers';
import { publicStoryUrl, storyPageFor } from '@/lib/story-pages';
import { frameAncestors } from '@/lib/site';
import { tileConfig, tileUrls as allTileUrls } from '@/lib/tiles';
import { createTurnQueue } from '@/lib/turn-queue';

/** `next dev` renders every page per request, with React's development build (which needs eval). */
const DEV = process.env.NODE_ENV === 'development';

interface HeaderSets {
  /** A prerendered page's (`/`, /about, /places/…), allowed its own inline scripts; undefined for a path no page answers. */
  page(pathname: string): Record<string, string> | undefined;
  /** Any other path outside /embed, the API and the build's files: what may answer it is the 404 or error page. */
  otherPage: Record<string, string>;
  embed: Record<string, string>;
  /** The API and the build's files: no page, no inline script. */
  api: Record<string, string>;
  tileUrls: string[];
}

/** Built once: the environment and the build they read do not change while the server runs. */
let headerSets: HeaderSets | undefined;

function sets(): HeaderSets {
  if (headerSets) return headerSets;
  const allowed = frameAncestors();
  const tileUrls = allTileUrls(tileConfig());
  const hashes = DEV ? undefined : prerenderedScriptHashes();
  // Without them the prerendered pages' own scripts would be refused: say so rather than fail silently.
  if (hashes?.pages === 0) console.warn('proxy.ts: no prerendered pages found in .next/server/app; the pages will not run their scripts.');
  const framedBySelf = { 'X-Frame-Options': 'SAMEORIGIN', ...HARDENING_HEADERS };
  const pageHeaders = (scriptHashes: readonly string[]) => ({
    'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'self'", scripts: { hashes: scriptHashes }, tileUrls }),
    ...framedBySelf,
  });
  // One entry per prerendered page at most: only paths a page answers are kept.
  const pages = new Map<string, Record<string, string>>();
  headerSets = {
    page(pathname) {
      if (!pages.has(pathname)) {
        const own = hashes?.forPath(pathname);
        if (!own) return undefined;
        pages.set(pathname, pageHeaders(own));
      }
      return pages.get(pathname);
    },
    otherPage: pageHeaders(hashes?.fallback ?? []),
    embed: {
      'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: allowed ? allowed.join(' ') : '*', tileUrls }),
      ...HARDENING_HEADERS,
    },
    api: { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'self'", tileUrls }), ...framedBySelf },
    tileUrls,
  };
  return headerSets;
}

/** The build's files: data (/_data/), the embed's bundles (/_embed/), embed.js. No page, so no script allowed inline. */
const isBuildFile = (pathname: string) => pathname.startsWith('/_data/') || pathname.startsWith('/_embed/') || pathname === '/embed.js';

function securityHeaders(pathname: string): Record<string, string> {
  if (pathname === '/embed') return sets().embed;
  if (pathname.startsWith('/api/') || isBuildFile(pathname) || pathname === CORRECTIONS_FEED_PATH || pathname === '/image') return sets().api;
  return sets().page(pathname) ?? sets().otherPage;
}

/**
 * Whether the page is rendered per request and so can carry a nonce: only under `next dev`, which
 * renders every page per request. A prerendered page cannot: its HTML was written at build time,
 * before any nonce; its scripts are allowed by their hashes.
 */
function usesNonce(pathname: string): boolean {
  return DEV && pathname !== '/embed' && !pathname.startsWith('/api/');
}

/**
 * The layout's own inline scripts (the front door's language script, the Intl warm-up's start):
 * constant text written into the page by the app, not by Next, so they carry no nonce; allowed by
 * their hashes beside it.
 */
const OWN_INLINE_SCRIPTS = [languageDoorScript(), WARM_INTL_SCRIPT];

/** A page's security headers with this response's nonce. */
function nonceHeaders(nonce: string): Record<string, string> {
  const scripts = { nonce, hashes: OWN_INLINE_SCRIPTS.map(scriptHash), allowEval: DEV };
  const csp = contentSecurityPolicy({ frameAncestors: "'self'", scripts, tileUrls: sets().tileUrls });
  return { ...sets().otherPage, 'Content-Security-Policy': csp };
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

/** One per server process: every request this file sees waits here, before any of its work or the route's. */
const turns = createTurnQueue();

export async function proxy(request: NextRequest): Promise<NextResponse> {
  await turns.wait();
  return answer(request);
}

function answer(request: NextRequest): NextResponse {
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
  // Every path, not only the API's: a page's {id} with a bad escape (`/places/%ff`) threw in Next's
  // decoding of its params, a 500 (found by the hostile-input corpus, issue 17).
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(pathname, 400, 'Malformed URL: invalid percent-encoding.');
  }

  const tree = request.headers.get('next-router-state-tree');
  if (tree !== null && !isRouterStateTree(tree)) return refuse(pathname, 400, 'Malformed router state header.');
  const route = routeLocale(pathname, request.nextUrl.search);
  if (route.kind === 'redirect') return localeRedirect(request, route);
  // A page's prerendered HTML, and so its scripts' hashes, are at its path inside the app (`/en/about`).
  const internal = route.kind === 'page' ? storyAware(route.internal, request.nextUrl.searchParams) : pathname;
  if (typeof internal !== 'string') return localeRedirect(request, internal);
  const nonce = usesNonce(pathname) ? newNonce() : undefined;
  const headers = nonce ? nonceHeaders(nonce) : securityHeaders(internal);
  const init = nonce
    ? { request: { headers: withNonce(request.headers, nonce, headers) } }
    : api
      ? { request: { headers: withoutRouterHeaders(request.headers) } }
      : undefined;
  const response =
    internal === pathname ? NextResponse.next(init) : NextResponse.rewrite(new URL(`${internal}${request.nextUrl.search}`, request.url), init);

  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Data-package tools in the browser (and any other site's script) may read the downloads, as they may the API.
  if (DOWNLOAD_PATH.test(pathname)) response.headers.set('Access-Control-Allow-Origin', '*');
  setCacheHeaders(request, response);
  return response;
}

/**
 * The map page opened at a story step is that step's prerendered page (lib/story-pages.ts), where
 * the build made one; the step page's own path goes to the map's address, the only one it reads.
 */
function storyAware(internal: string, params: URLSearchParams): string | Extract<LocaleRoute, { kind: 'redirect' }> {
  const location = publicStoryUrl(internal, DEFAULT_LOCALE);
  if (location) return { kind: 'redirect', location };
  const story = storyPageFor(internal, params);
  return story && sets().page(story) ? story : internal;
}

/** A page's one address: `/en/about` → `/about` (English is unprefixed). The same for every reader. */
function localeRedirect(request: NextRequest, route: Extract<LocaleRoute, { kind: 'redirect' }>): NextResponse {
  const response = NextResponse.redirect(new URL(route.location, request.url), 308);
  for (const [name, value] of Object.entries(sets().otherPage)) response.headers.set(name, value);
  response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
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
 * The request as Next should see it: Next reads the nonce from the request's CSP and puts it on
 * every script it writes; `x-nonce` is where a server component would read it for a `<Script>` of
 * its own (as Next documents; none needs it today).
 */
function withNonce(requestHeaders: Headers, nonce: string, headers: Record<string, string>): Headers {
  const next = new Headers(requestHeaders);
  next.set('x-nonce', nonce);
  next.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  return next;
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
  else if (HASHED_FILE_PATH.test(pathname)) response.headers.set('Cache-Control', IMMUTABLE);
  else if (DOWNLOAD_PATH.test(pathname)) response.headers.set('Cache-Control', API_CACHE_CONTROL);
  else if (pathname === '/embed.js') response.headers.set('Cache-Control', 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
  else if (page) response.headers.set('Cache-Control', page);
}

export const config = {
  // Everything but Next's own hashed build files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
