// Plain HTTP/1.1 GETs to loopback for `npm run test:deploy`: node:http rather than fetch, because
// fetch adds its own Accept-Encoding and decodes the body, and the checks need both under control.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** The host name every request sends unless a check sets another: the same for nginx and the app, so their bytes compare. */
export const HOST = 'deploy.test';

/**
 * GET `target` (path and query) from 127.0.0.1:`port` with exactly `headers` (plus Host), on a
 * fresh connection. Resolves { status, headers, body } with the body as received (not decoded).
 */
export function get(port, target, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: target, headers: { host: HOST, ...headers }, agent: false, timeout: 15_000 },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in 15 s: GET ${target}`)));
    req.on('error', reject);
  });
}

/** The body with its Content-Encoding undone. */
export function decoded(res) {
  const encoding = res.headers['content-encoding'];
  if (encoding === undefined) return res.body;
  if (encoding === 'gzip') return gunzipSync(res.body);
  if (encoding === 'br') return brotliDecompressSync(res.body);
  throw new Error(`unexpected Content-Encoding: ${encoding}`);
}

/** A short description of an answer for failure messages. */
export function summary(res) {
  const h = res.headers;
  return `${res.status} ${h['content-type'] ?? '(no type)'}, X-Cache-Status ${h['x-cache-status'] ?? '(none)'}, Cache-Control ${h['cache-control'] ?? '(none)'}`;
}
