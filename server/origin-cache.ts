/**
 * The origin's own shared cache, in front of Next's request handler (README "Running behind a CDN").
 *
 * A hit is answered here, without entering Next: the status, headers and body Next sent, with a
 * fresh Date, a 304 for a matching If-None-Match and no body for HEAD. Everything else goes to Next
 * unchanged. The store is filled lazily: when Next has answered a cacheable request with a 200 (or
 * 304), the cache asks Next for the same resource once more over loopback (one fill per key) and
 * stores that answer if a shared cache may. The rules are in lib/origin-cache/.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { answerFrom, type StoredResponse, storeResponse } from '../lib/origin-cache/answer';
import { CACHE_STATUS_HEADER, cacheKey, isCacheablePath, requestVariant, sharedLifetime, storedHeaders } from '../lib/origin-cache/policy';
import { ResponseStore } from '../lib/origin-cache/store';

/** Next's request handler; the cache's own returns nothing for a hit (no promise to make). */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type CachingHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | undefined;

/** Where this server can reach itself. */
export interface SelfAddress {
  host: string;
  port: number;
}

/** Marks the cache's own requests to Next, which must not be answered from the cache. */
const FILL_HEADER = 'x-origin-cache-fill';
/** A fill that takes longer than this is given up (the next miss tries again). */
const FILL_TIMEOUT_MS = 10_000;

/**
 * Wraps Next's request handler with the cache.
 * @param next Next's handler (`app.getRequestHandler()`)
 * @param self where fills are sent: this server's own address once it listens (undefined when it
 *   does not listen, e.g. while it stops: no fill then)
 */
export function withOriginCache(
  next: RequestHandler,
  self: () => SelfAddress | undefined,
  store = new ResponseStore<StoredResponse>(),
): CachingHandler {
  function fill(path: string, variant: string, key: string): void {
    const address = self();
    if (address === undefined || !store.beginFill(key, Date.now())) return;
    let settled = false;
    const settle = () => {
      if (!settled) store.endFill(key);
      settled = true;
    };
    const headers: http.OutgoingHttpHeaders = { [FILL_HEADER]: '1' };
    if (variant) headers['accept-encoding'] = variant;
    const { host, port } = address;
    const request = http.request({ host, port, path, method: 'GET', headers, agent: false, timeout: FILL_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const lifetime = sharedLifetime(response.statusCode ?? 0, response.rawHeaders);
        if (response.complete && lifetime !== null) {
          const body = Buffer.concat(chunks);
          store.set(key, storeResponse(storedHeaders(response.rawHeaders), body), body.length, Date.now() + lifetime * 1000);
        }
        settle();
      });
      response.on('error', settle);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', settle);
    request.on('close', settle);
    request.end();
  }

  return function originCache(req, res) {
    const method = req.method;
    const path = req.url ?? '';
    if ((method !== 'GET' && method !== 'HEAD') || !isCacheablePath(path) || req.headers[FILL_HEADER] !== undefined) return next(req, res);
    const variant = requestVariant(req.headers);
    const key = variant === null ? null : cacheKey(path, variant);
    const stored = key === null ? undefined : store.get(key, Date.now());
    if (stored !== undefined) {
      const answer = answerFrom(stored, method, req.headers['if-none-match']);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
      return undefined;
    }
    res.setHeader(CACHE_STATUS_HEADER, 'MISS');
    if (key !== null && variant !== null) {
      res.once('finish', () => {
        if (res.statusCode === 200 || res.statusCode === 304) fill(path, variant, key);
      });
    }
    return next(req, res);
  };
}

/** The loopback address for a listening address: the wildcard addresses are reached on loopback. */
export function selfAddressOf(address: string, port: number): SelfAddress {
  if (address === '0.0.0.0') return { host: '127.0.0.1', port };
  if (address === '::') return { host: '::1', port };
  return { host: address, port };
}
