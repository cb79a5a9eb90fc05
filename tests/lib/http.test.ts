import { describe, expect, it } from 'vitest';
import { API_CACHE_CONTROL, DATA_VERSION_HEADER, errorResponse, jsonResponse, rejectMalformedId } from '@/lib/http';
import { DEFAULT_TILE_URL, tileConfig } from '@/lib/tiles';

describe('jsonResponse', () => {
  const value = { layers: [{ id: 'cities', feature_count: 5 }] };

  it('answers 200 with the value as JSON', async () => {
    const res = jsonResponse(value);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(value);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('allows every origin and lets a CDN cache and serve stale while revalidating', () => {
    const res = jsonResponse(value);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const cc = res.headers.get('Cache-Control')!;
    expect(cc).toMatch(/(^|,\s*)public(,|$)/);
    expect(cc).toMatch(/(^|,\s*)s-maxage=\d+/);
    expect(cc).toMatch(/(^|,\s*)stale-while-revalidate=\d+/);
    expect(cc).toBe(API_CACHE_CONTROL);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('gives a quoted ETag, the same for the same body and different for a different body', () => {
    const etag = jsonResponse(value).headers.get('ETag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(jsonResponse(structuredClone(value)).headers.get('ETag')).toBe(etag);
    expect(jsonResponse({ layers: [{ id: 'cities', feature_count: 6 }] }).headers.get('ETag')).not.toBe(etag);
  });

  it('takes a content type override for GeoJSON', async () => {
    const fc = { type: 'FeatureCollection', features: [] };
    const res = jsonResponse(fc, { contentType: 'application/geo+json; charset=utf-8' });
    expect(res.headers.get('Content-Type')).toBe('application/geo+json; charset=utf-8');
    expect(await res.json()).toEqual(fc);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('names the data version in X-Data-Version, readable cross-origin, and in the ETag', () => {
    const res = jsonResponse(value, { dataVersion: '0123456789ab' });
    expect(res.headers.get(DATA_VERSION_HEADER)).toBe('0123456789ab');
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe(DATA_VERSION_HEADER);
    expect(res.headers.get('ETag')).not.toBe(jsonResponse(value, { dataVersion: 'ba9876543210' }).headers.get('ETag'));
    expect(jsonResponse(value).headers.get(DATA_VERSION_HEADER)).toBeNull();
  });
});

describe('errorResponse', () => {
  it.each([400, 404, 405, 501] as const)('answers %i with { error: { status, message } }', async (status) => {
    const res = errorResponse(status, 'Something is wrong.');
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await res.json()).toEqual({ error: { status, message: 'Something is wrong.' } });
  });

  it('is never stored: a cached 404 would outlive the deploy that adds the resource', () => {
    expect(errorResponse(404, 'No such layer.').headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('rejectMalformedId', () => {
  it.each([
    '../etc',
    'Lys',
    'a'.repeat(65),
    'a--b',
    '',
    '-lys',
    'lys-',
    'lys_chansk',
    'lys chansk',
    'lysychansk/',
    '%2e%2e',
    '<script>',
    'lysychansk\n',
    'lysychánsk',
  ])('answers 400 for %j without echoing it', async (id) => {
    const res = rejectMalformedId(id, 'place');
    expect(res).toBeInstanceOf(Response);
    expect(res!.status).toBe(400);
    const body = (await res!.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(400);
    expect(body.error.message).toMatch(/place/);
    if (id.length >= 3) expect(body.error.message).not.toContain(id);
  });

  it.each(['lysychansk', 'lysychansk-refinery', 'bridge-pavlohrad', 'a', 'a'.repeat(64), 'no-such-place'])(
    'accepts the well-formed id %j (unknown ids are the caller’s 404)',
    (id) => {
      expect(rejectMalformedId(id, 'place')).toBeUndefined();
    },
  );
});

describe('tileConfig', () => {
  it('defaults to OpenStreetMap tiles and credit', () => {
    expect(tileConfig({})).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
      name: 'OpenStreetMap',
      sources: [],
    });
    expect(tileConfig({ TILE_URL: '' }).url).toBe(DEFAULT_TILE_URL);
    expect(tileConfig({ TILE_URL: '   ' }).url).toBe(DEFAULT_TILE_URL);
  });

  it('turns tiles off for `none`', () => {
    expect(tileConfig({ TILE_URL: 'none' }).url).toBeNull();
    expect(tileConfig({ TILE_URL: ' none ' }).url).toBeNull();
  });

  it('keeps a valid custom template and credit', () => {
    const cfg = tileConfig({
      TILE_URL: 'https://tiles.example.com/{z}/{x}/{y}.png?key=abc',
      TILE_ATTRIBUTION: '© Example',
      TILE_ATTRIBUTION_URL: 'https://example.com/credits',
    });
    expect(cfg).toEqual({
      url: 'https://tiles.example.com/{z}/{x}/{y}.png?key=abc',
      attribution: '© Example',
      attributionUrl: 'https://example.com/credits',
      name: 'tiles.example.com',
      sources: [],
    });
  });

  it.each([
    'javascript:alert(1)//{z}/{x}/{y}',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>{z}',
    'https://tiles.example.com/{z}/{x}/{y}.png"><script>alert(1)</script>',
    "https://tiles.example.com/{z}/{x}/{y}.png' onerror='alert(1)",
    'https://tiles.example.com/<img src=x>/{z}/{x}/{y}.png',
    'https://tiles.example.com/tiles.png',
    'ftp://tiles.example.com/{z}/{x}/{y}.png',
    '//tiles.example.com/{z}/{x}/{y}.png',
  ])('falls back to the default for the unsafe or unusable TILE_URL %j', (TILE_URL) => {
    expect(tileConfig({ TILE_URL }).url).toBe(DEFAULT_TILE_URL);
  });

  it('reads process.env by default', () => {
    const saved = process.env.TILE_URL;
    try {
      process.env.TILE_URL = 'none';
      expect(tileConfig().url).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.TILE_URL;
      else process.env.TILE_URL = saved;
    }
  });
});

describe('tileConfig: the attribution link', () => {
  it('accepts an http(s) URL and refuses any other scheme', async () => {
    const { tileConfig } = await import('@/lib/tiles');
    expect(tileConfig({ TILE_ATTRIBUTION_URL: 'https://tiles.example.org/about' }).attributionUrl).toBe('https://tiles.example.org/about');
    expect(tileConfig({ TILE_ATTRIBUTION_URL: 'javascript:alert(1)' }).attributionUrl).toBe('https://www.openstreetmap.org/copyright');
    expect(tileConfig({ TILE_ATTRIBUTION_URL: 'https://x.org/"><script>' }).attributionUrl).toBe('https://www.openstreetmap.org/copyright');
  });
});
