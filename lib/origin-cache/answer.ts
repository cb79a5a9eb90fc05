/**
 * A stored response and the answers made from it, built once when it is stored so that a hit costs
 * no allocation: the full 200, and the headers of the answers without a body (the 200 to a HEAD
 * request and the 304, which Next sends alike). They carry what Next sent (its headers in its
 * order and spelling, security headers included) plus the cache status header; node:http adds a
 * fresh Date and the connection headers.
 */
import { matchesIfNoneMatch } from '../etag';
import { CACHE_STATUS_HEADER } from './policy';

/** Headers for `res.writeHead`: a flat [name, value, name, value…] list. */
export type FlatHeaders = string[];

export interface StoredResponse {
  /** The ETag Next sent, if any: a matching If-None-Match gets the 304. */
  readonly etag: string | undefined;
  readonly body: Buffer;
  /** 200 with the body and its Content-Length. */
  readonly full: FlatHeaders;
  /** The 200 to a HEAD request and the 304: no length and no Content-Encoding (Next compresses neither). */
  readonly withoutBody: FlatHeaders;
}

export interface Answer {
  status: 200 | 304;
  headers: FlatHeaders;
  /** null: no body (HEAD, 304). */
  body: Buffer | null;
}

const flat = (pairs: readonly (readonly [string, string])[]): string[] => pairs.flatMap(([name, value]) => [name, value]);

/**
 * Prepares a response for the store.
 * @param headers what the cache keeps of Next's headers (policy.ts storedHeaders)
 * @param body the body exactly as Next sent it (compressed if it was)
 */
export function storeResponse(headers: readonly (readonly [string, string])[], body: Buffer): StoredResponse {
  const hit = [CACHE_STATUS_HEADER, 'HIT'];
  const unencoded = headers.filter(([name]) => name.toLowerCase() !== 'content-encoding');
  const etag = headers.find(([name]) => name.toLowerCase() === 'etag')?.[1];
  return {
    etag,
    body,
    full: [...flat(headers), 'Content-Length', String(body.length), ...hit],
    withoutBody: [...flat(unencoded), ...hit],
  };
}

/**
 * The answer to a GET or HEAD request from a stored response: 304 when If-None-Match names its
 * ETag (the same rule as the API routes, lib/etag.ts), else 200, without a body for HEAD.
 */
export function answerFrom(stored: StoredResponse, method: 'GET' | 'HEAD', ifNoneMatch: string | undefined): Answer {
  if (stored.etag !== undefined && matchesIfNoneMatch(ifNoneMatch, stored.etag)) return { status: 304, headers: stored.withoutBody, body: null };
  if (method === 'HEAD') return { status: 200, headers: stored.withoutBody, body: null };
  return { status: 200, headers: stored.full, body: stored.body };
}
