import { describe, expect, it } from 'vitest';
import { baseMapsOf, chosenBaseMap, tileCreditHtml } from '@/lib/base-maps';
import { parseTileSources, tileConfig, tileSourceProblems, tileUrls } from '@/lib/tiles';
import { type KnownIds, parseUrlState, serializeUrlState } from '@/lib/url-state';
import { WORDS } from '../helpers/messages';

const KNOWN: KnownIds = { places: [], layers: [] };

const TOPO = { id: 'topo', name: 'Topographic', url: 'https://topo.example.org/{z}/{x}/{y}.png', attribution: '© Topo Example' };
const SAT = {
  id: 'sat',
  name: 'Satellite',
  url: 'https://sat.example.net/tiles/{z}/{y}/{x}.jpg',
  attribution: 'Imagery © Sat Example',
  attributionUrl: 'https://sat.example.net/terms',
};

describe('parseTileSources (TILE_SOURCES)', () => {
  it('reads nothing from an unset or blank variable', () => {
    expect(parseTileSources(undefined)).toEqual({ sources: [], problems: [] });
    expect(parseTileSources('  ')).toEqual({ sources: [], problems: [] });
  });

  it('reads a list of sources, in its order', () => {
    expect(parseTileSources(JSON.stringify([TOPO, SAT]))).toEqual({ sources: [TOPO, SAT], problems: [] });
  });

  it('names the entry and the problem of each bad entry, and keeps the good ones', () => {
    const raw = JSON.stringify([
      TOPO,
      { ...SAT, id: 'Bad Id' },
      { ...SAT, id: 'sat2', url: 'javascript:alert(1)//{z}' },
      { id: 'x', name: 'X', url: TOPO.url },
      { ...TOPO, name: 'Again' },
      { ...SAT, extra: 1 },
    ]);
    const { sources, problems } = parseTileSources(raw);
    expect(sources).toEqual([TOPO]);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^TILE_SOURCES\[1\]: id: lower-case/);
    expect(problems[1]).toMatch(/^TILE_SOURCES\[2\]: url: an http\(s\) URL template/);
    expect(problems[2]).toMatch(/^TILE_SOURCES\[3\]: attribution: /);
    expect(problems[3]).toBe('TILE_SOURCES[4] (topo): the id is used by an earlier entry');
    expect(problems[4]).toMatch(/^TILE_SOURCES\[5\]: .*extra/);
  });

  it('refuses what is not a JSON array, saying so', () => {
    expect(parseTileSources('{"id":"x"}').problems).toEqual(['TILE_SOURCES: must be a JSON array']);
    expect(parseTileSources('[{').problems[0]).toMatch(/^TILE_SOURCES: not valid JSON/);
    expect(tileSourceProblems({ TILE_SOURCES: '[1]' })[0]).toMatch(/^TILE_SOURCES\[0\]: /);
  });
});

describe('tileConfig with further sources', () => {
  it('offers the configured server and the listed sources; their hosts are the CSP’s', () => {
    const tiles = tileConfig({ TILE_SOURCES: JSON.stringify([TOPO, SAT]) });
    expect(tiles.sources).toEqual([TOPO, SAT]);
    expect(tileUrls(tiles)).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png', TOPO.url, SAT.url]);
  });

  it('names a custom tile server by TILE_NAME, else by its host', () => {
    expect(tileConfig({ TILE_URL: 'https://tiles.example.com/{z}/{x}/{y}.png' }).name).toBe('tiles.example.com');
    expect(tileConfig({ TILE_URL: 'https://tiles.example.com/{z}/{x}/{y}.png', TILE_NAME: 'Example' }).name).toBe('Example');
  });

  it('keeps the listed sources with TILE_URL=none', () => {
    const tiles = tileConfig({ TILE_URL: 'none', TILE_SOURCES: JSON.stringify([TOPO]) });
    expect(tileUrls(tiles)).toEqual([TOPO.url]);
  });
});

describe('base maps', () => {
  const OFFLINE = 'Offline base (no tiles)';
  const tiles = tileConfig({ TILE_SOURCES: JSON.stringify([TOPO, SAT]) });
  const maps = baseMapsOf(WORDS.en, tiles);

  it('offers the offline base first, then the configured server, then the listed sources', () => {
    expect(maps.map((b) => b.name)).toEqual([OFFLINE, 'OpenStreetMap', 'Topographic', 'Satellite']);
    expect(maps.map((b) => b.state)).toEqual([
      { tiles: false, base: undefined },
      { tiles: true, base: undefined },
      { tiles: true, base: 'topo' },
      { tiles: true, base: 'sat' },
    ]);
  });

  it('shows the offline base for tiles=0, the named source, else the configured server', () => {
    expect(chosenBaseMap(maps, { tiles: false, base: 'topo' }).name).toBe(OFFLINE);
    expect(chosenBaseMap(maps, { tiles: true, base: 'sat' }).name).toBe('Satellite');
    expect(chosenBaseMap(maps, { tiles: true }).name).toBe('OpenStreetMap');
  });

  it('shows the offline base by default where no tile server is configured', () => {
    const none = baseMapsOf(WORDS.en, tileConfig({ TILE_URL: 'none', TILE_SOURCES: JSON.stringify([TOPO]) }));
    expect(none.map((b) => b.name)).toEqual([OFFLINE, 'Topographic']);
    expect(chosenBaseMap(none, { tiles: true }).name).toBe(OFFLINE);
  });

  it("names the offline base in the reader's language", () => {
    expect(baseMapsOf(WORDS.uk, tiles)[0]!.name).toBe('Офлайн-мапа (без тайлів)');
  });

  it('writes a credit escaped, linked where it has an address', () => {
    expect(tileCreditHtml({ attribution: '© <A> & B' })).toBe('&#169; &#60;A&#62; &#38; B'.replace('&#169;', '©'));
    expect(tileCreditHtml(SAT)).toBe('<a href="https://sat.example.net/terms" target="_blank" rel="noopener">Imagery © Sat Example</a>');
  });
});

describe("the URL's base parameter", () => {
  describe('base', () => {
    const withBases: KnownIds = { ...KNOWN, bases: ['topo', 'satellite'] };
    it('keeps a listed base map id', () => {
      expect(parseUrlState({ base: 'topo' }, withBases)).toEqual({ tiles: true, base: 'topo' });
    });
    it.each(['nope', 'TOPO', '', '<b>x</b>', 'topo,satellite', 'a'.repeat(40)])(
      'drops the unknown or malformed %j: the configured server',
      (raw) => {
        expect(parseUrlState({ base: raw }, withBases)).toEqual({ tiles: true });
      },
    );
    it('keeps tiles=0 (the offline base) beside a base id, and writes both back', () => {
      const state = parseUrlState({ tiles: '0', base: 'topo' }, withBases);
      expect(state).toEqual({ tiles: false, base: 'topo' });
      expect(serializeUrlState(state)).toBe('tiles=0&base=topo');
    });
    it('drops every id where no base maps are listed', () => {
      expect(parseUrlState({ base: 'topo' }, KNOWN)).toEqual({ tiles: true });
    });
  });
});
