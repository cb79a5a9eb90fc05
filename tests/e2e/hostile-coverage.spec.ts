/**
 * The hostile-input corpus (hostile.spec.ts, hostile-embed.spec.ts) covers what the app exposes
 * (issue 17): every route of app/ and public/ in every language, every query parameter a route
 * reads, every data-* attribute embed.js reads and every field of every command the embed accepts.
 * The lists come from the code (tests/e2e/hostile/surface.ts), so these tests fail when a route,
 * a parameter, an attribute or a command is added without hostile cases.
 */
import { expect, test } from '@playwright/test';
import { corpusFor } from './hostile/corpus';
import { cases, routes } from './hostile/corpus-data';
import {
  appRoutes,
  EMBED_COMMANDS,
  EMBED_PARAMETERS,
  embedScriptAttributes,
  LOCALE_PREFIXES,
  oembedReads,
  publicEntries,
  QUERY_PARAMETERS,
  routesReadingQueries,
  STATE_PARAMETERS,
} from './hostile/surface';
import embedFixture from '../fixtures/hostile/embed.json' with { type: 'json' };
import { IMAGE_PARAMETER_NAMES } from '@/lib/image-request';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The addresses of a route pattern in one language (`prefix` '' for the default, else `/uk`…). */
function matcher(pattern: string, prefix: string): RegExp {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => {
      if (seg === '[locale]') return prefix ? [escapeRe(prefix.slice(1))] : [];
      if (seg.startsWith('[...')) return ['.+'];
      return [seg.startsWith('[') ? '[^/?]+' : escapeRe(seg)];
    });
  return new RegExp(`^/${segments.join('/')}(?:\\?|$)`);
}

/** The path each route pattern answers at in the default language (`/[locale]/places` → `/places`). */
const defaultPath = (pattern: string) => pattern.replace('/[locale]', '') || '/';

test.describe('the hostile-input corpus covers', () => {
  test('every route of app/, in every language', ({ baseURL }) => {
    const urls = corpusFor(new URL(baseURL!).origin).all.map((c) => c.url);
    const patterns = appRoutes();
    // The routes this project has at least: a list that finds nothing would pass everything.
    expect(patterns).toEqual(
      expect.arrayContaining(['/[locale]', '/[locale]/places/[id]', '/embed', '/image', '/api/oembed', '/corrections.xml']),
    );
    const missing = patterns.flatMap((pattern) =>
      (pattern.includes('[locale]') ? ['', ...LOCALE_PREFIXES] : ['']).flatMap((prefix) => {
        const re = matcher(pattern, prefix);
        return urls.some((url) => re.test(url)) ? [] : [`${pattern} at ${prefix || '(no prefix)'}`];
      }),
    );
    expect(missing, 'routes with no request in the corpus').toEqual([]);
  });

  test('every file and folder public/ serves', ({ baseURL }) => {
    const urls = corpusFor(new URL(baseURL!).origin).all.map((c) => c.url);
    const entries = publicEntries();
    expect(entries).toEqual(expect.arrayContaining(['embed.js', '_data', '_embed']));
    expect(entries.filter((name) => !urls.some((url) => url.startsWith(`/${name}`)))).toEqual([]);
  });

  test('every query parameter each route reads', () => {
    // A route that reads its query has its parameters listed (derived where the code has a list).
    const reading = routesReadingQueries().map(defaultPath);
    expect(reading).toEqual(expect.arrayContaining(['/embed', '/image', '/api/oembed']));
    expect(reading.filter((route) => !QUERY_PARAMETERS[route])).toEqual([]);
    // oEmbed's own list is written in routes.json: each name lib/oembed.ts reads must be there.
    expect(oembedReads().length).toBeGreaterThan(0);
    expect(oembedReads().filter((name) => !routes.queryParams['/api/oembed']?.includes(name))).toEqual([]);
    // The map's parameters and the embed's own reach every page that reads them, in every language.
    for (const route of ['/', ...LOCALE_PREFIXES]) expect(QUERY_PARAMETERS[route]).toEqual(expect.arrayContaining(STATE_PARAMETERS));
    expect(QUERY_PARAMETERS['/embed']).toEqual(expect.arrayContaining(['lang', 'story', 'step', 'compare', 'theme']));
  });

  test('targeted odd values for each parameter of the embed and of the picture', () => {
    const covered = (page: string) =>
      new Set(cases.paramValues.filter((pv) => pv.pages.some((p) => p.split('?')[0] === page)).map((pv) => pv.param));
    const embed = covered('/embed');
    expect(EMBED_PARAMETERS.filter((name) => !embed.has(name))).toEqual([]);
    // The picture's own parameters (its map state is the embed's parsers, tried above).
    const image = covered('/image');
    const own = IMAGE_PARAMETER_NAMES.filter((name) => !STATE_PARAMETERS.includes(name));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((name) => !image.has(name))).toEqual([]);
  });

  test('every data-* attribute embed.js reads, and every field of every command the embed accepts', () => {
    const attributes = embedScriptAttributes();
    // embed.js passes every parameter of the embed on to the frame, and sizes and names it.
    expect(attributes).toEqual(expect.arrayContaining([...EMBED_PARAMETERS, 'height', 'title']));
    // hostile-embed.spec.ts puts each hostile value into every one of these attributes: nothing to list.
    expect(embedFixture.attributes.length).toBeGreaterThan(0);
    const commands = Object.entries(EMBED_COMMANDS);
    expect(commands.map(([type]) => type)).toEqual(expect.arrayContaining(['select-place', 'set-date']));
    const fields = embedFixture.fields as Record<string, unknown[]>;
    const missing = commands.flatMap(([type, names]) => names.filter((f) => !fields[f]?.length).map((f) => `${type}.${f}`));
    expect(missing, 'command fields with no hostile values in tests/fixtures/hostile/embed.json').toEqual([]);
  });
});
