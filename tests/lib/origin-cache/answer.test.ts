import { describe, expect, it } from 'vitest';
import { memoJsonResponse } from '@/lib/http';
import { answerFrom, storeResponse } from '@/lib/origin-cache/answer';

const ETAG = '"vH8Fgv60yRn6w4smKvYdQTZkmTP"';
const HEADERS: [string, string][] = [
  ['content-security-policy', "default-src 'self'"],
  ['Vary', 'Accept-Encoding'],
  ['content-type', 'application/geo+json; charset=utf-8'],
  ['etag', ETAG],
];
const BODY = Buffer.from('{"type":"FeatureCollection","features":[]}');

/** [name, value] pairs of a flat header list. */
const pairs = (flat: readonly string[]) => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

describe('answerFrom', () => {
  const stored = storeResponse(HEADERS, BODY);

  it('answers GET with Next’s headers in order, the length and the body, marked as a hit', () => {
    const answer = answerFrom(stored, 'GET', undefined);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(BODY);
    expect(pairs(answer.headers)).toEqual([...HEADERS, ['Content-Length', String(BODY.length)], ['X-Cache', 'HIT']]);
  });

  it('answers HEAD with the same headers, without body or length', () => {
    const answer = answerFrom(stored, 'HEAD', undefined);
    expect(answer.status).toBe(200);
    expect(answer.body).toBeNull();
    expect(pairs(answer.headers)).toEqual([...HEADERS, ['X-Cache', 'HIT']]);
  });

  it.each(['GET', 'HEAD'] as const)('answers %s with 304 and no body for a matching If-None-Match', (method) => {
    for (const inm of [ETAG, `W/${ETAG}`, `"x", ${ETAG}`]) {
      const answer = answerFrom(stored, method, inm);
      expect(answer.status).toBe(304);
      expect(answer.body).toBeNull();
      expect(pairs(answer.headers)).toEqual([...HEADERS, ['X-Cache', 'HIT']]);
    }
    expect(answerFrom(stored, method, '"x"').status).toBe(200);
  });

  it('leaves Content-Encoding off the answers without a body (Next compresses neither)', () => {
    const gzip = storeResponse([...HEADERS, ['Content-Encoding', 'gzip']], BODY);
    expect(pairs(answerFrom(gzip, 'GET', undefined).headers)).toContainEqual(['Content-Encoding', 'gzip']);
    expect(pairs(answerFrom(gzip, 'HEAD', undefined).headers)).not.toContainEqual(['Content-Encoding', 'gzip']);
    expect(pairs(answerFrom(gzip, 'GET', ETAG).headers)).not.toContainEqual(['Content-Encoding', 'gzip']);
  });

  it('never answers 304 for a response without an ETag', () => {
    const plain = storeResponse(
      HEADERS.filter(([n]) => n !== 'etag'),
      BODY,
    );
    expect(answerFrom(plain, 'GET', ETAG).status).toBe(200);
    expect(answerFrom(plain, 'GET', '*').status).toBe(200);
  });

  it('answers 304 for exactly the If-None-Match values the API routes answer 304 for', () => {
    const route = (inm: string) =>
      memoJsonResponse(new Request('http://x/', { headers: { 'if-none-match': inm } }), 'answer-test', () => ({ a: 1 })).status;
    const etag = memoJsonResponse(new Request('http://x/'), 'answer-test', () => ({ a: 1 })).headers.get('etag')!;
    const cached = storeResponse([['etag', etag]], Buffer.from('{"a":1}'));
    for (const inm of [etag, `W/${etag}`, `"x", ${etag}`, `${etag.slice(0, -1)}x"`, '*', '', 'W/', etag.slice(1, -1)]) {
      expect(answerFrom(cached, 'GET', inm).status, inm).toBe(route(inm));
    }
  });
});
