/**
 * Response helpers for the JSON API: CORS for everyone, an ETag, and cache headers a CDN can use.
 * The data only changes with a deploy, so responses may be cached and served stale while a
 * CDN revalidates. The API's answers are prerendered by `next build`: these headers are stored
 * with each body and sent unchanged by `next start`. Next itself answers no If-None-Match on
 * prerendered routes; the ETag lets a cache in front (nginx, a CDN) answer 304s and revalidate.
 */
import { createHash } from 'node:crypto';
import { API_CACHE_CONTROL, NO_STORE } from './cache-headers';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export { API_CACHE_CONTROL };

/** A strong ETag for a response body. */
function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** The header that names the data version an answer was made from (lib/data-version.ts). */
export const DATA_VERSION_HEADER = 'X-Data-Version';

interface JsonResponseOptions {
  /** Defaults to application/json. */
  contentType?: string;
  /** The data version the body was made from, sent as X-Data-Version (readable by other origins' scripts). */
  dataVersion?: string;
}

/**
 * A cacheable JSON (or GeoJSON) response.
 * @param value the body, serialised with JSON.stringify
 */
export function jsonResponse(
  value: unknown,
  { contentType = 'application/json; charset=utf-8', dataVersion }: JsonResponseOptions = {},
): Response {
  return cacheableResponse(JSON.stringify(value), contentType, dataVersion);
}

/** A cacheable response of any text (JSON, the corrections feed), with the API's headers. */
export function cacheableResponse(body: string, contentType: string, dataVersion?: string): Response {
  const versioned = dataVersion ? { [DATA_VERSION_HEADER]: dataVersion, 'Access-Control-Expose-Headers': DATA_VERSION_HEADER } : undefined;
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentType,
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': API_CACHE_CONTROL,
      // With the version: a cache revalidating by ETag must not keep an answer's old version header.
      ETag: etagOf(dataVersion ? `${dataVersion}\n${body}` : body),
      'X-Content-Type-Options': 'nosniff',
      ...versioned,
    },
  });
}

/**
 * A JSON error: `{ "error": { "status", "message" } }`. Messages never echo the request. Never
 * stored: a CDN that kept a 404 would go on refusing a resource after the deploy that adds it.
 */
export function errorResponse(status: 400 | 404 | 405 | 501, message: string): Response {
  return new Response(JSON.stringify({ error: { status, message } }), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': NO_STORE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * Checks an id taken from a URL. Well-formed but unknown ids are the caller's 404.
 * @returns an error response for a malformed id, or undefined when the id is well-formed
 */
export function rejectMalformedId(id: string, kind: string): Response | undefined {
  if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) {
    return errorResponse(400, `Malformed ${kind} id: ids are lower-case words joined by hyphens, at most ${MAX_ID_LENGTH} characters.`);
  }
  return undefined;
}
