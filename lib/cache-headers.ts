/**
 * Which answers a shared cache (a CDN, nginx) may keep, decided once for
 * proxy.ts and the routes (README "Running behind a CDN").
 */
import { prefixOf } from './i18n';
import { addressPattern, downloadFileUrl, hashedFileUrl, PART_PATTERNS as PART, pictureFileUrl, placeFileUrl } from './data-file-names';
import { ID_PATTERN } from './ids';

/** A pattern that matches a whole path of any of these shapes (regular expression sources). */
const wholePath = (...shapes: string[]) => new RegExp(shapes.map((shape) => `^${shape}$`).join('|'));

/**
 * Next's router headers. With any of them Next answers for its client router (a redirect to a
 * `?_rsc=` URL, or RSC data), not with the page or JSON a reader asked for.
 */
export const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'] as const;

/** For answers no cache may keep: errors, and answers for Next's router. */
export const NO_STORE = 'no-store';
export const PRIVATE_NO_STORE = 'private, no-store';

/** Pages change only with a deploy: a CDN may keep them for minutes and serve them stale while it refreshes. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/** The API's answers (lib/http.ts) and the downloads: made at build, so a CDN may keep them a day and serve them stale while it refreshes. */
export const API_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800';

/**
 * The downloads (lib/downloads/package.ts), in a folder named by the data version. Not `immutable`:
 * the version is a hash of geo/, not of the files' bytes, so a build of the same data by newer code
 * (a column added) keeps the names. Cached as the API is (API_CACHE_CONTROL).
 */
export const DOWNLOAD_PATH = wholePath(addressPattern(downloadFileUrl, PART.version, `${PART.name}\\.(?:json|geojson|csv|zip)`));

/** For files named by a hash of their content: a new build gives new names, so any cache may keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The embed's bundles and their images: esbuild's `[name].[hash]` names, upper-case hashes (scripts/build-embed.mjs). */
const EMBED_FILE = '\\/_embed\\/[\\w-]+\\.[A-Z0-9]+\\.(?:js|css|png)';

/**
 * The build's files named by their content: the embed's bundles, and the data files and the places'
 * small maps (lib/write-data-files.ts names them with lib/data-file-names.ts; lib/data-files.ts
 * lists them).
 */
export const HASHED_FILE_PATH = wholePath(
  EMBED_FILE,
  addressPattern(hashedFileUrl, PART.name, PART.hash),
  addressPattern(placeFileUrl, PART.hash, PART.name),
  addressPattern(pictureFileUrl, PART.hash, PART.name, PART.locale),
);

/**
 * Whether Next will answer this request for its client router rather than as a plain page or route.
 * @param headers the request's headers
 * @param searchParams the request's query
 */
export function isRouterRequest(headers: Pick<Headers, 'has'>, searchParams: URLSearchParams): boolean {
  return searchParams.has('_rsc') || ROUTER_HEADERS.some((name) => headers.has(name));
}

/**
 * The Cache-Control of a page that proxy.ts sets (route handlers set their own), or undefined to
 * leave Next's. `/`, `/about`, `/downloads`, the list of places (`/places`) and the places' pages (`/places/{id}`) are prerendered, their
 * inline scripts allowed by hash, the same for everyone (the map page reads its view's state from
 * the URL in the browser). An unknown place's 404 is not kept: Next answers it with its own
 * `private, no-cache, no-store`, over the header set here (measured with Next 16;
 * tests/e2e/cache-headers.spec.ts asks /places/nope).
 * @param publicPath the request's path, in any language
 */
export function pageCacheControl(publicPath: string): string | undefined {
  // Each language's page is its own URL (lib/i18n.ts): `/uk/about` is kept as `/about` is.
  const pathname = prefixOf(publicPath)?.path ?? publicPath;
  if (pathname === '/' || pathname === '/about' || pathname === '/places' || pathname === '/downloads') return PAGE_CACHE_CONTROL;
  const place = /^\/places\/([^/]+)$/.exec(pathname)?.[1];
  if (place !== undefined && ID_PATTERN.test(place)) return PAGE_CACHE_CONTROL;
  return undefined;
}
