/**
 * Entity tags and the If-None-Match rule, shared by the API routes (lib/http.ts) and the origin's
 * response cache (lib/origin-cache/), so that both answer 304 for exactly the same requests.
 */
import { createHash } from 'node:crypto';

/** A strong ETag for a response body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for
 * If-None-Match: a `W/` prefix is ignored). `*` is not treated specially.
 * @param header the request's If-None-Match, if any
 * @param etag the response's ETag, quoted
 * @returns true when the client already has this representation (answer 304)
 * @example matchesIfNoneMatch('"a", W/"b"', '"b"') // true
 */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
