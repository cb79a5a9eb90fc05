import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATH, HASHED_FILE_PATH, isRouterRequest, PAGE_CACHE_CONTROL, pageCacheControl } from '@/lib/cache-headers';
import { siteUrlWarning } from '@/lib/site';

const query = (qs: string) => new URLSearchParams(qs);

describe('isRouterRequest', () => {
  it.each(['RSC', 'Next-Router-State-Tree', 'Next-Router-Prefetch', 'Next-Router-Segment-Prefetch', 'Next-Url'])(
    'is true with the %s header',
    (name) => {
      expect(isRouterRequest(new Headers({ [name]: '1' }), query(''))).toBe(true);
    },
  );

  it('is true with an _rsc parameter, even empty, and false for a plain request', () => {
    expect(isRouterRequest(new Headers(), query('place=bakhmut&_rsc=abc'))).toBe(true);
    expect(isRouterRequest(new Headers(), query('_rsc'))).toBe(true);
    expect(isRouterRequest(new Headers({ Accept: 'text/html', 'Cache-Control': 'no-cache' }), query('place=bakhmut'))).toBe(false);
  });
});

describe('pageCacheControl', () => {
  it('lets a CDN keep the prerendered pages, /, /about, /places and /downloads, for minutes, and serve them stale while it refreshes', () => {
    expect(pageCacheControl('/about')).toBe(PAGE_CACHE_CONTROL);
    expect(pageCacheControl('/downloads')).toBe(PAGE_CACHE_CONTROL);
    expect(pageCacheControl('/places')).toBe(PAGE_CACHE_CONTROL);
    expect(pageCacheControl('/')).toBe(PAGE_CACHE_CONTROL);
    expect(PAGE_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it('lets a CDN keep the places’ pages; paths that are no place’s page are left to Next', () => {
    expect(pageCacheControl('/places/lysychansk')).toBe(PAGE_CACHE_CONTROL);
    expect(pageCacheControl('/places/bridge-pavlohrad')).toBe(PAGE_CACHE_CONTROL);
    for (const path of ['/places/', '/places/lysychansk/x', '/places/lysychansk/', '/places/LYSYCHANSK', '/places/a--b'])
      expect(pageCacheControl(path), path).toBeUndefined();
  });

  it('leaves every other path to Next or its route handler', () => {
    for (const path of ['/embed', '/api/layers', '/nope', '/about/']) expect(pageCacheControl(path)).toBeUndefined();
  });
});

describe('siteUrlWarning', () => {
  it('warns in production without a usable SITE_URL, naming the variable and an example', () => {
    expect(siteUrlWarning({ NODE_ENV: 'production' })).toMatch(/SITE_URL is not set.*SITE_URL=https:\/\//);
    expect(siteUrlWarning({ NODE_ENV: 'production', SITE_URL: 'map.example.org' })).toContain('is not an http(s) URL');
  });

  it('is silent with SITE_URL, and outside production', () => {
    expect(siteUrlWarning({ NODE_ENV: 'production', SITE_URL: 'https://map.example.org' })).toBeNull();
    expect(siteUrlWarning({ NODE_ENV: 'development' })).toBeNull();
  });
});

describe('DOWNLOAD_PATH', () => {
  it('matches the downloads of a data version, and nothing beside or above them', () => {
    for (const name of ['datapackage.json', 'cities.geojson', 'reports.csv', 'frontline-map-data-0123456789ab.zip'])
      expect(DOWNLOAD_PATH.test(`/_data/frontline-map-data-0123456789ab/${name}`), name).toBe(true);
    for (const path of [
      '/_data/frontline-map-data-0123456789ab/',
      '/_data/frontline-map-data-0123456789ab/../map.json',
      '/_data/frontline-map-data-0123456789AB/reports.csv',
      '/_data/frontline-map-data-0123456789ab/reports.txt',
      '/_data/frontline-map-data-0123456789ab/sub/reports.csv',
      '/_data/map.0123456789ab.json',
    ])
      expect(DOWNLOAD_PATH.test(path), path).toBe(false);
  });
});

describe('HASHED_FILE_PATH', () => {
  it('matches the build’s files named by their content, and nothing else under their folders', () => {
    for (const path of [
      '/_embed/embed.ABC123XY.js',
      '/_data/map.0123456789ab.json',
      '/_data/places.0123456789ab/bakhmut.json',
      '/_data/pictures.0123456789ab/lysychansk-refinery.uk.svg',
    ]) {
      expect(path).toMatch(HASHED_FILE_PATH);
    }
    for (const path of [
      '/_data/pictures/bakhmut.en.svg',
      '/_data/places/bakhmut.0123456789ab.json',
      '/_data/pictures.0123456789ab/bakhmut.en.png',
      '/_data/pictures.0123456789ab/../map.en.svg',
      '/_data/pictures.0123/bakhmut.en.svg',
      '/_data/frontline-map-data-0123456789ab/places.csv',
      '/x/_data/map.0123456789ab.json',
    ]) {
      expect(path).not.toMatch(HASHED_FILE_PATH);
    }
  });
});
