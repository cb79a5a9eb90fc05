/**
 * What the origin's response cache (server/origin-cache.ts) may store and for which requests it
 * may answer from its store: the rules of a shared cache (RFC 9111), narrowed to the JSON API.
 *
 * - Paths: the API's GET routes that do not read the request (README "The API"), without a query
 *   string. They answer the same bytes whatever the Host, Origin or cookies; only If-None-Match
 *   (handled here) and Next's own headers (below) change the answer.
 * - Requests that carry one of Next's internal headers (`rsc`, `next-router-*`,
 *   `x-middleware-prefetch`…) go to Next: several change its answer, not all of them are named in
 *   its `Vary`. So do requests with `Cache-Control: no-cache` (or `Pragma: no-cache`).
 * - Responses: status 200, `Cache-Control` with `public` and `s-maxage` (kept for s-maxage
 *   seconds), no `private`, `no-store` or `no-cache`, no `Set-Cookie`, and a `Vary` that names only
 *   Accept-Encoding (part of the key) and Next's internal headers (always absent on a cached answer).
 */
import { ID_SOURCE, MAX_ID_LENGTH } from '../ids';

/** The header that says whether an answer came from the cache: `HIT`, or `MISS` when Next answered. */
export const CACHE_STATUS_HEADER = 'X-Cache';

/** The API paths the cache may answer: the two indexes and the three `{id}` routes. */
const CACHEABLE_PATH = new RegExp(`^/api/(?:layers|sources|(?:layers|places|sources)/${ID_SOURCE})$`);
const MAX_PATH_LENGTH = '/api/sources/'.length + MAX_ID_LENGTH;

/** Accept-Encoding values longer than this are not worth a cache key of their own. */
const MAX_ACCEPT_ENCODING_LENGTH = 128;

/** Request or response headers as node:http gives them (`req.headers`): lower-case names. */
export type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * Whether a request target (`req.url`: path and query as sent) is one the cache may answer.
 * @example isCacheablePath('/api/places/lysychansk') // true
 * @example isCacheablePath('/api/places/lysychansk?x=1') // false: a query string
 */
export function isCacheablePath(url: string): boolean {
  return url.length <= MAX_PATH_LENGTH && CACHEABLE_PATH.test(url);
}

/**
 * Whether a header name (lower case) is one of Next's own request headers: router state, RSC and
 * prefetch flags, middleware and rewrite internals. A request carrying one goes to Next.
 */
export function isNextInternalHeader(name: string): boolean {
  return (
    name === 'rsc' ||
    name.startsWith('next-') ||
    name.startsWith('x-next') ||
    name.startsWith('x-middleware-') ||
    name.startsWith('x-now-') ||
    name.startsWith('x-invoke-') ||
    name.startsWith('x-matched-') ||
    name.startsWith('x-prerender-')
  );
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(', ') : value);

const hasNoCache = (value: string | undefined): boolean => value !== undefined && /(?:^|,)\s*no-cache\s*(?:,|=|$)/i.test(value);

/**
 * The part of the cache key that comes from the request, or null when the request must go to Next
 * (one of Next's internal headers, `no-cache`, or an Accept-Encoding too long to be a key).
 * The key part is the Accept-Encoding value as sent ('' without one): Next compresses by it.
 * @param headers `req.headers` (lower-case names)
 */
export function requestVariant(headers: HeaderMap): string | null {
  for (const name in headers) if (isNextInternalHeader(name)) return null;
  const cacheControl = one(headers['cache-control']);
  if (hasNoCache(cacheControl) || (cacheControl === undefined && hasNoCache(one(headers.pragma)))) return null;
  const acceptEncoding = (one(headers['accept-encoding']) ?? '').trim();
  return acceptEncoding.length > MAX_ACCEPT_ENCODING_LENGTH ? null : acceptEncoding;
}

/** The cache key of a cacheable path and a request's variant. */
export function cacheKey(path: string, variant: string): string {
  return `${path}\n${variant}`;
}

/**
 * Cache-Control directives, lower-cased, with their values unquoted (`true` for a bare directive).
 * @example parseCacheControl('public, s-maxage=60') // Map { 'public' => true, 's-maxage' => '60' }
 */
export function parseCacheControl(value: string): Map<string, string | true> {
  const directives = new Map<string, string | true>();
  for (const part of value.split(',')) {
    const [rawName = '', ...rest] = part.split('=');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    directives.set(
      name,
      rest.length
        ? rest
            .join('=')
            .trim()
            .replace(/^"(.*)"$/, '$1')
        : true,
    );
  }
  return directives;
}

/**
 * The values of a header in raw (name, value, name, value…) form, joined with `, `.
 * @param raw `res.rawHeaders` of a response
 * @param name lower case
 */
export function rawHeader(raw: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === name) value = value === undefined ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
  }
  return value;
}

/**
 * How long a shared cache may keep a response, in seconds, or null when it may not store it.
 * @param status the response's status
 * @param raw the response's headers in raw form (`res.rawHeaders`)
 * @example sharedLifetime(200, ['Cache-Control', 'public, max-age=300, s-maxage=86400']) // 86400
 */
export function sharedLifetime(status: number, raw: readonly string[]): number | null {
  if (status !== 200) return null;
  if (rawHeader(raw, 'set-cookie') !== undefined || rawHeader(raw, 'content-range') !== undefined) return null;
  const cc = parseCacheControl(rawHeader(raw, 'cache-control') ?? '');
  if (!cc.has('public') || cc.has('private') || cc.has('no-store') || cc.has('no-cache')) return null;
  const sMaxAge = cc.get('s-maxage');
  if (typeof sMaxAge !== 'string' || !/^\d{1,9}$/.test(sMaxAge)) return null;
  const vary = rawHeader(raw, 'vary');
  if (vary !== undefined) {
    for (const field of vary.split(',')) {
      const name = field.trim().toLowerCase();
      if (name && name !== 'accept-encoding' && !isNextInternalHeader(name)) return null;
    }
  }
  const age = Number(rawHeader(raw, 'age') ?? 0);
  const lifetime = Number(sMaxAge) - (Number.isFinite(age) && age > 0 ? age : 0);
  return lifetime > 0 ? lifetime : null;
}

/** Headers about one connection or one message's framing (RFC 9110 §7.6.1), and the ones a cache sets itself. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
  'content-length',
  'date',
  CACHE_STATUS_HEADER.toLowerCase(),
]);

/**
 * The headers a cache keeps from a response, in their order and spelling: all but hop-by-hop and
 * framing headers (and any that `Connection` names), `Date` (each answer gets a fresh one) and the
 * cache's own status header.
 * @param raw `res.rawHeaders`
 * @returns [name, value] pairs
 */
export function storedHeaders(raw: readonly string[]): [string, string][] {
  const named = new Set(
    (rawHeader(raw, 'connection') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (!NOT_STORED.has(name) && !named.has(name)) pairs.push([raw[i]!, raw[i + 1]!]);
  }
  return pairs;
}
