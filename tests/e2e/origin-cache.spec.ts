/**
 * The origin's response cache (server/origin-cache.ts), against the real server: an answer from
 * the cache is the answer Next gives, to the byte. Requests go through node:http so that header
 * order, spelling and the bytes on the wire (compressed or not) are compared as sent.
 *
 * An uncached answer is asked for with `Cache-Control: no-cache`, which the cache passes to Next;
 * a cached one is waited for (the cache fills itself after Next's first 200 for a path).
 */
import http from 'node:http';
import { expect, test } from '@playwright/test';

interface Raw {
  status: number;
  /** [name, value] pairs in the order and spelling they were sent. */
  headers: [string, string][];
  body: Buffer;
}

function send(
  baseURL: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, baseURL), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = res.rawHeaders;
        resolve({
          status: res.statusCode!,
          headers: Array.from({ length: raw.length / 2 }, (_, i) => [raw[2 * i]!, raw[2 * i + 1]!]),
          body: Buffer.concat(chunks),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (r: Raw, name: string) => r.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** Headers that may differ between two answers: the date, the cache status and the message framing. */
const PER_ANSWER = new Set(['date', 'x-cache', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
const comparable = (r: Raw) => r.headers.filter(([n]) => !PER_ANSWER.has(n.toLowerCase()));

/** Asks until the cache answers (it fills itself after a miss); fails after 5 s. */
async function cached(baseURL: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  let last: Raw | undefined;
  for (let i = 0; i < 50; i++) {
    last = await send(baseURL, path, { method, headers });
    if (header(last, 'x-cache') === 'HIT') return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${method} ${path} never came from the cache (last: ${last?.status}, X-Cache ${last && header(last, 'x-cache')})`);
}

const uncached = (baseURL: string, path: string, headers: Record<string, string> = {}, method = 'GET') =>
  send(baseURL, path, { method, headers: { ...headers, 'Cache-Control': 'no-cache' } });

/** The same status, headers (but the per-answer ones) and body. */
function expectSameAnswer(hit: Raw, miss: Raw): void {
  expect(header(hit, 'x-cache')).toBe('HIT');
  expect(header(miss, 'x-cache')).toBe('MISS');
  expect(hit.status).toBe(miss.status);
  expect(comparable(hit)).toEqual(comparable(miss));
  expect(hit.body.equals(miss.body), 'the same bytes').toBe(true);
  // A fresh date on each answer.
  expect(Math.abs(Date.parse(header(hit, 'date') ?? '') - Date.now())).toBeLessThan(60_000);
}

const ENCODINGS: Record<string, Record<string, string>> = {
  'no Accept-Encoding': {},
  'Accept-Encoding: gzip, deflate, br': { 'Accept-Encoding': 'gzip, deflate, br' },
};

test.describe('origin cache', () => {
  let paths: string[] = [];

  test.beforeAll(async ({ baseURL }) => {
    const sources = JSON.parse((await send(baseURL!, '/api/sources')).body.toString('utf8')) as { sources: { id: string }[] };
    paths = ['/api/layers/cities', '/api/places/lysychansk', `/api/sources/${sources.sources[0]!.id}`, '/api/layers', '/api/sources'];
  });

  for (const [label, encoding] of Object.entries(ENCODINGS)) {
    test(`a cached answer is Next’s answer, byte for byte (${label}): a layer, a place, a source and the indexes`, async ({ baseURL }) => {
      for (const path of paths) {
        const hit = await cached(baseURL!, path, encoding);
        const miss = await uncached(baseURL!, path, encoding);
        expect(miss.status, path).toBe(200);
        expectSameAnswer(hit, miss);
        expect(header(hit, 'content-length')).toBe(String(hit.body.length));
        expect(header(hit, 'content-encoding')).toBe(encoding['Accept-Encoding'] ? 'gzip' : undefined);
        expect(header(hit, 'content-security-policy'), 'the security headers are kept').toContain("frame-ancestors 'self'");
      }
    });
  }

  test('If-None-Match: the cache answers 304 as Next does, for GET and HEAD', async ({ baseURL }) => {
    for (const path of paths) {
      for (const encoding of Object.values(ENCODINGS)) {
        const etag = header(await cached(baseURL!, path, encoding), 'etag')!;
        expect(etag).toMatch(/^"[^"]+"$/);
        for (const method of ['GET', 'HEAD']) {
          for (const inm of [etag, `"stale", W/${etag}`]) {
            const hit = await send(baseURL!, path, { method, headers: { ...encoding, 'If-None-Match': inm } });
            const miss = await uncached(baseURL!, path, { ...encoding, 'If-None-Match': inm }, method);
            expect(hit.status, `${method} ${path}`).toBe(304);
            expectSameAnswer(hit, miss);
            expect(hit.body.length).toBe(0);
          }
        }
      }
      const other = await send(baseURL!, path, { headers: { 'If-None-Match': '"not-this-one"' } });
      expect(other.status).toBe(200);
      expect(header(other, 'x-cache')).toBe('HIT');
    }
  });

  test('HEAD: the headers Next sends, no body', async ({ baseURL }) => {
    for (const path of paths) {
      for (const encoding of Object.values(ENCODINGS)) {
        await cached(baseURL!, path, encoding);
        const hit = await send(baseURL!, path, { method: 'HEAD', headers: encoding });
        const miss = await uncached(baseURL!, path, encoding, 'HEAD');
        expect(hit.status).toBe(200);
        expectSameAnswer(hit, miss);
        expect(hit.body.length).toBe(0);
      }
    }
  });

  test('the answer does not depend on Host, Origin or forwarding headers', async ({ baseURL }) => {
    const hit = await cached(baseURL!, '/api/places/lysychansk');
    const spoofed = await uncached(baseURL!, '/api/places/lysychansk', {
      Host: 'evil.example',
      Origin: 'https://evil.example',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-Proto': 'https',
      Cookie: 'a=1',
    });
    expectSameAnswer(hit, spoofed);
  });

  test('not cached: a query string, a 404, a request with Next’s router headers; POST still gets the JSON 405', async ({ baseURL }) => {
    await cached(baseURL!, '/api/layers/cities');
    // A query string never enters the cache (not even as a miss).
    for (let i = 0; i < 3; i++) {
      const withQuery = await send(baseURL!, '/api/layers/cities?x=1');
      expect(withQuery.status).toBe(200);
      expect(header(withQuery, 'x-cache')).toBeUndefined();
      await new Promise((r) => setTimeout(r, 100));
    }
    // An unknown id: Next's 404, every time.
    for (let i = 0; i < 3; i++) {
      const missing = await send(baseURL!, '/api/layers/no-such-layer');
      expect(missing.status).toBe(404);
      expect(header(missing, 'x-cache')).toBe('MISS');
      expect(JSON.parse(missing.body.toString('utf8'))).toMatchObject({ error: { status: 404 } });
      await new Promise((r) => setTimeout(r, 100));
    }
    // Next's own request headers change its answer: such requests go to Next.
    const rsc = await send(baseURL!, '/api/layers/cities', { headers: { RSC: '1' } });
    expect(header(rsc, 'x-cache')).toBe('MISS');
    expect(rsc.status).not.toBe(200);
    // Other methods are the proxy's: a JSON 405 with the security headers.
    const post = await send(baseURL!, '/api/layers/cities', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(post.status).toBe(405);
    expect(header(post, 'x-cache')).toBeUndefined();
    expect(header(post, 'allow')).toBe('GET, HEAD, OPTIONS');
    expect(header(post, 'content-security-policy')).toContain("frame-ancestors 'self'");
    expect(JSON.parse(post.body.toString('utf8'))).toMatchObject({ error: { status: 405 } });
  });
});
