import { describe, expect, it } from 'vitest';
import { LOCALE_CHOICE_KEY, languageDoorScript, routeLocale } from '@/lib/locale-routing';

describe('routeLocale', () => {
  it('rewrites an unprefixed page to English inside the app, and serves a Ukrainian one as it is', () => {
    expect(routeLocale('/', '')).toEqual({ kind: 'page', internal: '/en' });
    expect(routeLocale('/places/bakhmut', '?v=1')).toEqual({ kind: 'page', internal: '/en/places/bakhmut' });
    expect(routeLocale('/uk', '')).toEqual({ kind: 'page', internal: '/uk' });
    expect(routeLocale('/uk/about', '')).toEqual({ kind: 'page', internal: '/uk/about' });
    // Not a language: an English path that 404s, not a prefix.
    expect(routeLocale('/ukraine', '')).toEqual({ kind: 'page', internal: '/en/ukraine' });
  });

  it('sends /en… to its one address, with the query', () => {
    expect(routeLocale('/en', '?date=2022-06-30')).toEqual({ kind: 'redirect', location: '/?date=2022-06-30' });
    expect(routeLocale('/en/about', '')).toEqual({ kind: 'redirect', location: '/about' });
  });

  it('leaves the API, the embed, the pictures and the build’s files alone', () => {
    for (const path of [
      '/api/layers',
      '/embed',
      '/image',
      '/_data/map.0123456789ab.json',
      '/_embed/embed.ABC.js',
      '/_next/static/x.js',
      '/embed.js',
      '/icon.svg',
      '/corrections.xml',
    ])
      expect(routeLocale(path, ''), path).toEqual({ kind: 'other' });
  });
});

/** Runs the front door's script as the browser would, with the browser's languages and a stored choice. */
function runDoor(languages: string[], stored: string | null = null): string | undefined {
  let target: string | undefined;
  const localStorage = { getItem: (key: string) => (key === LOCALE_CHOICE_KEY ? stored : null) };
  const location = { search: '?date=2022-06-30', hash: '#x', replace: (url: string) => (target = url) };
  new Function('localStorage', 'navigator', 'location', languageDoorScript())(localStorage, { languages }, location);
  return target;
}

describe('languageDoorScript', () => {
  it('sends a browser whose first language of ours is Ukrainian to /uk, with the view', () => {
    expect(runDoor(['uk-UA', 'en'])).toBe('/uk?date=2022-06-30#x');
    expect(runDoor(['de-DE', 'uk', 'en'])).toBe('/uk?date=2022-06-30#x');
  });

  it('stays in English where English comes first, none of ours is asked for, or the reader chose', () => {
    expect(runDoor(['en-GB', 'uk'])).toBeUndefined();
    expect(runDoor(['de-DE', 'fr'])).toBeUndefined();
    expect(runDoor([])).toBeUndefined();
    expect(runDoor(['uk-UA'], 'en')).toBeUndefined();
  });
});
