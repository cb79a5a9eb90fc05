import { describe, expect, it } from 'vitest';
import { API_CACHE_CONTROL } from '@/lib/http';
import {
  cacheKey,
  isCacheablePath,
  isNextInternalHeader,
  parseCacheControl,
  requestVariant,
  sharedLifetime,
  storedHeaders,
} from '@/lib/origin-cache/policy';

describe('isCacheablePath', () => {
  it.each([
    '/api/layers',
    '/api/sources',
    '/api/layers/cities',
    '/api/places/lysychansk-refinery',
    '/api/sources/sky-news-lysychansk',
    `/api/sources/${'a'.repeat(64)}`,
  ])('accepts %s', (url) => {
    expect(isCacheablePath(url)).toBe(true);
  });

  it.each([
    '/api/layers/cities?x=1',
    '/api/layers?',
    '/api/places',
    '/api/oembed',
    '/api/layers/',
    '/api/layers/Cities',
    '/api/layers/../sources',
    '/api/layers/%63ities',
    '/api/layers/cities/',
    '/api/layers/cities/extra',
    '//api/layers',
    '/api//layers',
    '/API/layers',
    '/api/layers#x',
    '/api/layers/a--b',
    `/api/sources/${'a'.repeat(65)}`,
    'http://127.0.0.1/api/layers',
    '/embed',
    '/',
    '',
  ])('refuses %j', (url) => {
    expect(isCacheablePath(url)).toBe(false);
  });
});

describe('isNextInternalHeader', () => {
  it.each([
    'rsc',
    'next-router-state-tree',
    'next-router-prefetch',
    'next-router-segment-prefetch',
    'next-url',
    'next-action',
    'x-middleware-prefetch',
    'x-middleware-subrequest',
    'x-nextjs-data',
    'x-next-revalidate-tag-token',
    'x-now-route-matches',
    'x-matched-path',
    'x-invoke-path',
    'x-prerender-revalidate',
  ])('%s is Next’s', (name) => expect(isNextInternalHeader(name)).toBe(true));

  it.each([
    'accept-encoding',
    'accept',
    'host',
    'origin',
    'cookie',
    'if-none-match',
    'x-forwarded-host',
    'x-forwarded-proto',
    'cache-control',
    'user-agent',
    'nextish',
  ])('%s is not', (name) => {
    expect(isNextInternalHeader(name)).toBe(false);
  });
});

describe('requestVariant', () => {
  it('is the Accept-Encoding value as sent, or empty without one', () => {
    expect(requestVariant({})).toBe('');
    expect(requestVariant({ host: 'example.org', 'accept-encoding': 'gzip, deflate, br, zstd' })).toBe('gzip, deflate, br, zstd');
    expect(requestVariant({ 'accept-encoding': '  gzip ' })).toBe('gzip');
    expect(requestVariant({ 'accept-encoding': ['gzip', 'br'] })).toBe('gzip, br');
  });

  it('sends requests with Next’s own headers to Next', () => {
    expect(requestVariant({ rsc: '1' })).toBeNull();
    expect(requestVariant({ 'next-router-state-tree': '%5B%5D', 'accept-encoding': 'gzip' })).toBeNull();
    expect(requestVariant({ 'x-middleware-prefetch': '1' })).toBeNull();
  });

  it('sends no-cache requests to Next, and nothing else of Cache-Control', () => {
    expect(requestVariant({ 'cache-control': 'no-cache' })).toBeNull();
    expect(requestVariant({ 'cache-control': 'max-age=0, No-Cache' })).toBeNull();
    expect(requestVariant({ pragma: 'no-cache' })).toBeNull();
    expect(requestVariant({ 'cache-control': 'max-age=0' })).toBe('');
    // Pragma counts only without Cache-Control (RFC 9111 §5.4).
    expect(requestVariant({ 'cache-control': 'max-age=0', pragma: 'no-cache' })).toBe('');
    expect(requestVariant({ 'cache-control': 'no-cache-please' })).toBe('');
  });

  it('does not make a key of a very long Accept-Encoding', () => {
    expect(requestVariant({ 'accept-encoding': 'gzip,'.repeat(30) })).toBeNull();
  });

  it('keys differ by path and by variant', () => {
    const keys = new Set([
      cacheKey('/api/layers', ''),
      cacheKey('/api/layers', 'gzip'),
      cacheKey('/api/sources', ''),
      cacheKey('/api/sources', 'gzip'),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('parseCacheControl', () => {
  it('lower-cases names and unquotes values', () => {
    expect(parseCacheControl('Public, MAX-AGE=300, s-maxage="60", no-cache="set-cookie",,')).toEqual(
      new Map<string, string | true>([
        ['public', true],
        ['max-age', '300'],
        ['s-maxage', '60'],
        ['no-cache', 'set-cookie'],
      ]),
    );
  });
});

/** The headers of an API answer as Next sends them, in raw form. */
const NEXT_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
const api = (...extra: string[]) => [
  'Vary',
  NEXT_VARY,
  'cache-control',
  API_CACHE_CONTROL,
  'content-type',
  'application/json; charset=utf-8',
  ...extra,
];

describe('sharedLifetime', () => {
  it('keeps an API answer for its s-maxage', () => {
    expect(sharedLifetime(200, api())).toBe(86400);
    expect(sharedLifetime(200, ['CACHE-CONTROL', 'PUBLIC, S-MAXAGE=60'])).toBe(60);
  });

  it.each([304, 404, 400, 206, 500])('does not store a %i', (status) => {
    expect(sharedLifetime(status, api())).toBeNull();
  });

  it.each([
    ['max-age only', 'public, max-age=300'],
    ['no public', 'max-age=300, s-maxage=86400'],
    ['private', 'public, private, s-maxage=60'],
    ['no-store', 'public, no-store, s-maxage=60'],
    ['no-cache', 'public, no-cache, s-maxage=60'],
    ['s-maxage=0', 'public, s-maxage=0'],
    ['a bad s-maxage', 'public, s-maxage=1e3'],
    ['an empty s-maxage', 'public, s-maxage='],
  ])('does not store a response with Cache-Control: %s', (_, cc) => {
    expect(sharedLifetime(200, ['Cache-Control', cc])).toBeNull();
  });

  it('does not store a response without Cache-Control', () => {
    expect(sharedLifetime(200, ['content-type', 'application/json'])).toBeNull();
  });

  it('does not store a response that sets a cookie or is partial', () => {
    expect(sharedLifetime(200, api('Set-Cookie', 'a=1'))).toBeNull();
    expect(sharedLifetime(200, api('Content-Range', 'bytes 0-1/2'))).toBeNull();
  });

  it('stores only what varies by Accept-Encoding and Next’s own headers', () => {
    expect(sharedLifetime(200, ['Cache-Control', 'public, s-maxage=60', 'Vary', 'Accept-Encoding'])).toBe(60);
    expect(sharedLifetime(200, api('Vary', 'Origin'))).toBeNull();
    expect(sharedLifetime(200, api('Vary', '*'))).toBeNull();
    expect(sharedLifetime(200, ['Cache-Control', 'public, s-maxage=60', 'Vary', 'Accept-Encoding, Cookie'])).toBeNull();
  });

  it('counts an Age the response already has', () => {
    expect(sharedLifetime(200, api('Age', '86000'))).toBe(400);
    expect(sharedLifetime(200, api('Age', '86400'))).toBeNull();
  });
});

describe('storedHeaders', () => {
  it('keeps the end-to-end headers in their order and spelling, without framing, Date and the cache status', () => {
    const raw = [
      'content-security-policy',
      "default-src 'self'",
      'Vary',
      NEXT_VARY,
      'X-Cache',
      'MISS',
      'etag',
      '"abc"',
      'Date',
      'Tue, 24 Nov 2026 21:01:10 GMT',
      'Connection',
      'keep-alive, X-Private',
      'Keep-Alive',
      'timeout=5',
      'Transfer-Encoding',
      'chunked',
      'Content-Length',
      '12',
      'x-private',
      'hop',
      'Content-Encoding',
      'gzip',
      'link',
      '<a>',
      'link',
      '<b>',
    ];
    expect(storedHeaders(raw)).toEqual([
      ['content-security-policy', "default-src 'self'"],
      ['Vary', NEXT_VARY],
      ['etag', '"abc"'],
      ['Content-Encoding', 'gzip'],
      ['link', '<a>'],
      ['link', '<b>'],
    ]);
  });
});
