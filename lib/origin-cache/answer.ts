/**
 * A stored response and the answers made from it, built once when it is stored so that a hit costs
 * no allocation: the full 200, the 200 to a HEAD request and the 304. They carry what Next sent (its
 * headers in its order and spelling, security headers included) plus the cache status header;
 * node:http adds a fresh Date and the connection headers.
 */
import { matchesIfNoneMatch } from '../etag';
import { CACHE_STATUS_HEADER } from './policy';

/** Headers for `res.writeHead`: a flat [name, value, name, value…] list. Never changed once built. */
export type FlatHeaders = string[];

export interface Answer {
  readonly status: 200 | 304;
  readonly headers: FlatHeaders;
  /** null: no body (HEAD, 304). */
  readonly body: Buffer | null;
}

export interface StoredResponse {
  /** The ETag Next sent, if any: a matching If-None-Match gets the 304. */
  readonly etag: string | undefined;
  /** 200 with the body and its Content-Length. */
  readonly ok: Answer;
  /** 200 to HEAD: no body, no length, no Content-Encoding (Next compresses no answer without a body). */
  readonly head: Answer;
  /** 304: the same headers as the answer to HEAD. */
  readonly notModified: Answer;
}

const flat = (pairs: readonly (readonly [string, string])[]): string[] => pairs.flat();

/**
 * Prepares a response for the store.
 * @param headers what the cache keeps of Next's headers (policy.ts storedHeaders)
 * @param body the body exactly as Next sent it (compressed if it was)
 */
export function storeResponse(headers: readonly (readonly [string, string])[], body: Buffer): StoredResponse {
  const hit = [CACHE_STATUS_HEADER, 'HIT'];
  const withoutBody = [...flat(headers.filter(([name]) => name.toLowerCase() !== 'content-encoding')), ...hit];
  return {
    etag: headers.find(([name]) => name.toLowerCase() === 'etag')?.[1],
    ok: { status: 200, headers: [...flat(headers), 'Content-Length', String(body.length), ...hit], body },
    head: { status: 200, headers: withoutBody, body: null },
    notModified: { status: 304, headers: withoutBody, body: null },
  };
}

/**
 * The answer to a GET or HEAD request from a stored response: 304 when If-None-Match names its
 * ETag (the same rule as the API routes, lib/etag.ts), else 200, without a body for HEAD.
 */
export function answerFrom(stored: StoredResponse, method: 'GET' | 'HEAD', ifNoneMatch: string | undefined): Answer {
  if (stored.etag !== undefined && matchesIfNoneMatch(ifNoneMatch, stored.etag)) return stored.notModified;
  return method === 'HEAD' ? stored.head : stored.ok;
}
