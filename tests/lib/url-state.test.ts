import { describe, expect, it } from 'vitest';
import {
  MAP_BOUNDS,
  MAX_ZOOM,
  MIN_ZOOM,
  parseUrlState,
  serializeUrlState,
  URL_PARAMETERS,
  type KnownIds,
  type UrlState,
  mapPathOf,
  placePagePath,
} from '@/lib/url-state';
import type { UrlParameter } from '@/lib/url-parameters';

const PLACES = ['lysychansk', 'severodonetsk', 'bakhmut', 'lysychansk-refinery'];
const LAYERS = ['cities', 'facilities', 'river', 'bridges', 'regions'];
const KNOWN: KnownIds = { places: PLACES, layers: LAYERS };
/** The same ids as Sets: both forms of KnownIds must behave alike. */
const KNOWN_SETS: KnownIds = { places: new Set(PLACES), layers: new Set(LAYERS) };

const parse = (params: Record<string, string | string[] | undefined>) => parseUrlState(params, KNOWN);

describe('parseUrlState', () => {
  it('gives only the default (tiles on) for no parameters', () => {
    expect(parse({})).toEqual({ tiles: true });
  });

  describe('place', () => {
    it('keeps a known place id', () => {
      expect(parse({ place: 'bakhmut' }).place).toBe('bakhmut');
      expect(parseUrlState({ place: 'lysychansk-refinery' }, KNOWN_SETS).place).toBe('lysychansk-refinery');
    });

    it('drops an unknown or malformed place id', () => {
      for (const place of ['kyiv', 'Bakhmut', 'bakhmut ', '../bakhmut', '<script>alert(1)</script>', '']) {
        expect(parse({ place }), place).not.toHaveProperty('place');
        expect(parseUrlState({ place }, KNOWN_SETS), place).not.toHaveProperty('place');
      }
    });
  });

  describe('layers', () => {
    it('keeps known layer ids in the given order and drops unknown ones', () => {
      expect(parse({ layers: 'river,nope,cities' }).layers).toEqual(['river', 'cities']);
      expect(parseUrlState({ layers: 'river,nope,cities' }, KNOWN_SETS).layers).toEqual(['river', 'cities']);
    });

    it('removes duplicates', () => {
      expect(parse({ layers: 'river,cities,river,river' }).layers).toEqual(['river', 'cities']);
    });

    it('ignores a list of only unknown ids (every layer stays on)', () => {
      expect(parse({ layers: 'nope,also-nope' })).not.toHaveProperty('layers');
      expect(parse({ layers: ',' })).not.toHaveProperty('layers');
    });

    it('reads `layers=` as every layer off', () => {
      expect(parse({ layers: '' }).layers).toEqual([]);
      expect(parseUrlState(new URLSearchParams('layers='), KNOWN).layers).toEqual([]);
    });

    it('leaves layers unset when the parameter is absent', () => {
      expect(parse({ place: 'bakhmut' })).not.toHaveProperty('layers');
    });
  });
});

describe('parseUrlState: zoom, centre and tiles', () => {
  describe('zoom', () => {
    it(`accepts the bounds ${MIN_ZOOM} and ${MAX_ZOOM} and a value between`, () => {
      expect(parse({ z: '5' }).zoom).toBe(5);
      expect(parse({ z: '18' }).zoom).toBe(18);
      expect(parse({ z: '11' }).zoom).toBe(11);
    });

    it('rejects values just outside the bounds', () => {
      expect(parse({ z: '4' })).not.toHaveProperty('zoom');
      expect(parse({ z: '19' })).not.toHaveProperty('zoom');
    });

    it('rejects exponent, negative, fractional and other non-integer forms', () => {
      for (const z of ['1e1', '-3', '12.5', '+12', ' 12', '12 ', '0x0c', 'twelve', '']) {
        expect(parse({ z }), JSON.stringify(z)).not.toHaveProperty('zoom');
      }
    });
  });

  describe('ll (centre)', () => {
    it('accepts a centre inside MAP_BOUNDS as [lat, lng]', () => {
      expect(parse({ ll: '48.93,38.45' }).center).toEqual([48.93, 38.45]);
      expect(parse({ ll: `${MAP_BOUNDS.south},${MAP_BOUNDS.west}` }).center).toEqual([MAP_BOUNDS.south, MAP_BOUNDS.west]);
      expect(parse({ ll: `${MAP_BOUNDS.north},${MAP_BOUNDS.east}` }).center).toEqual([MAP_BOUNDS.north, MAP_BOUNDS.east]);
    });

    it('rejects a centre outside MAP_BOUNDS (including lat/lng swapped)', () => {
      for (const ll of ['38.45,48.93', '43.9,38', '53.1,38', '48.9,29.9', '48.9,45.1', '-48.9,38.4', '0,0']) {
        expect(parse({ ll }), ll).not.toHaveProperty('center');
      }
    });

    it('rejects malformed values', () => {
      for (const ll of ['48.9', 'abc,def', '48.9,38.4,1', '48.9;38.4', '48.9, 38.4', '48.9,', ',38.4', '48.9,38.4e0', 'NaN,NaN']) {
        expect(parse({ ll }), ll).not.toHaveProperty('center');
      }
    });
  });

  describe('tiles', () => {
    it('turns tiles off only for `tiles=0`', () => {
      expect(parse({ tiles: '0' }).tiles).toBe(false);
      expect(parse({ tiles: '1' }).tiles).toBe(true);
      expect(parse({ tiles: 'false' }).tiles).toBe(true);
      expect(parse({ tiles: '' }).tiles).toBe(true);
    });
  });
});

describe('parseUrlState: over-long and repeated values', () => {
  it('ignores over-long values (over 200 characters) while the same kind of value shorter is used', () => {
    const long = Array.from({ length: 40 }, () => 'river').join(','); // 239 characters
    expect(long.length).toBeGreaterThan(200);
    expect(parse({ layers: long })).not.toHaveProperty('layers');
    const short = Array.from({ length: 30 }, () => 'river').join(','); // 179 characters
    expect(parse({ layers: short }).layers).toEqual(['river']);
  });

  it('takes the first of repeated parameters (Next gives string[])', () => {
    const state = parse({
      place: ['bakhmut', 'lysychansk'],
      z: ['12', '7'],
      layers: ['river', 'cities'],
      ll: ['48.9,38.4', '48.5,38.0'],
      tiles: ['0', '1'],
    });
    expect(state).toEqual({ place: 'bakhmut', zoom: 12, layers: ['river'], center: [48.9, 38.4], tiles: false });
    // The first value decides even when it is invalid and a later one would be valid.
    expect(parse({ place: ['kyiv', 'bakhmut'] })).not.toHaveProperty('place');
    expect(parse({ tiles: ['1', '0'] }).tiles).toBe(true);
  });

  it('takes the first of repeated parameters from URLSearchParams too', () => {
    const state = parseUrlState(new URLSearchParams('place=lysychansk&place=bakhmut&z=9&z=10'), KNOWN);
    expect(state.place).toBe('lysychansk');
    expect(state.zoom).toBe(9);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrlState({ tiles: true }, LAYERS)).toBe('');
    expect(serializeUrlState({ tiles: true })).toBe('');
  });

  it('writes every parameter in a stable order with lists comma-separated', () => {
    expect(serializeUrlState({ tiles: false, center: [48.93, 38.45], zoom: 11, layers: ['river', 'cities'], place: 'bakhmut' }, LAYERS)).toBe(
      'place=bakhmut&layers=river,cities&z=11&ll=48.93000,38.45000&tiles=0',
    );
  });

  it('writes all layers visible as nothing, in any order, but a subset explicitly', () => {
    expect(serializeUrlState({ tiles: true, layers: [...LAYERS].reverse() }, LAYERS)).toBe('');
    expect(serializeUrlState({ tiles: true, layers: LAYERS.slice(1) }, LAYERS)).toBe(`layers=${LAYERS.slice(1).join(',')}`);
  });

  it('writes every layer off as `layers=`', () => {
    expect(serializeUrlState({ tiles: true, layers: [] }, LAYERS)).toBe('layers=');
  });

  it('rounds zoom to an integer', () => {
    expect(serializeUrlState({ tiles: true, zoom: 11.6 })).toBe('z=12');
  });

  it('never writes a hostile value unescaped', () => {
    const hostile = '<script>alert("x")</script>';
    const qs = serializeUrlState({ tiles: true, place: hostile, layers: [hostile, 'a&b=c'] }, LAYERS);
    expect(qs).not.toContain('<script>');
    expect(qs).not.toContain('<');
    expect(qs).not.toContain('"');
    expect(qs).not.toContain('&b=');
    // Still decodable to the same values: escaped, not dropped.
    expect(new URLSearchParams(qs).get('place')).toBe(hostile);
  });
});

describe('round trip', () => {
  const states: UrlState[] = [
    { tiles: true },
    { tiles: false },
    { tiles: true, place: 'lysychansk' },
    { tiles: true, place: 'lysychansk-refinery', zoom: 13, center: [48.89231, 38.39417] },
    { tiles: false, layers: [] },
    { tiles: true, layers: ['river', 'cities'] },
    { tiles: false, place: 'bakhmut', layers: ['regions'], zoom: MIN_ZOOM, center: [MAP_BOUNDS.south, MAP_BOUNDS.east] },
    { tiles: true, zoom: MAX_ZOOM, center: [48.5, 38] },
  ];

  for (const state of states) {
    it(`parse(serialize(s)) equals s for ${JSON.stringify(state)}`, () => {
      const qs = serializeUrlState(state, LAYERS);
      expect(parseUrlState(new URLSearchParams(qs), KNOWN)).toEqual(state);
      // Next's searchParams object form gives the same result.
      expect(parseUrlState(Object.fromEntries(new URLSearchParams(qs)), KNOWN_SETS)).toEqual(state);
    });
  }

  it('all layers visible round-trips to "no layers parameter" (the default)', () => {
    const qs = serializeUrlState({ tiles: true, layers: [...LAYERS] }, LAYERS);
    expect(parseUrlState(new URLSearchParams(qs), KNOWN)).toEqual({ tiles: true });
  });
});

describe('the declared parameters (URL_PARAMETERS)', () => {
  const DATED: KnownIds = {
    ...KNOWN,
    dateRange: { min: '2022-06-01', max: '2023-02-08' },
    bases: ['topo'],
    stories: { 'twin-cities-2022': 8 },
  };
  /** A step is a step of a story: its example goes with the story's (tests/lib/url-state-story.test.ts). */
  const withItsStory = (field: keyof UrlState): Record<string, string> => (field === 'step' ? { story: 'twin-cities-2022' } : {});
  const parameters = Object.entries(URL_PARAMETERS.state) as [keyof UrlState, UrlParameter<unknown>][];
  /** Values no parameter accepts: none holds a known id, a date in range or a switch value. */
  const MALFORMED = [
    '<script>alert(1)</script>',
    '"><b>',
    'undefined',
    'null',
    'NaN',
    'true',
    ' ',
    '%',
    '-1',
    '1e1',
    '2',
    'x'.repeat(201),
    'kyiv,nope',
  ];

  it('gives every parameter its own name, a doc line and an example', () => {
    const names = Object.values(URL_PARAMETERS).flatMap((table) => Object.values(table).map((p) => p.name));
    expect(new Set(names).size).toBe(names.length);
    for (const [field, parameter] of parameters) {
      expect(parameter.doc.length, field).toBeGreaterThan(10);
      expect(parameter.example.length, field).toBeGreaterThan(0);
    }
  });

  it('parses no parameters to the declared defaults only', () => {
    const defaults = Object.fromEntries(parameters.filter(([, p]) => p.default !== undefined).map(([field, p]) => [field, p.default]));
    expect(parseUrlState({}, DATED)).toEqual(defaults);
    expect(defaults).toEqual({ tiles: true });
  });

  for (const [field, parameter] of parameters) {
    it(`${parameter.name}: the example parses, and the state round-trips through the query string`, () => {
      const state = parseUrlState({ ...withItsStory(field), [parameter.name]: parameter.example }, DATED);
      expect(state[field], parameter.example).toBeDefined();
      expect(state[field]).not.toEqual(parameter.default);
      const qs = serializeUrlState(state, LAYERS);
      expect(new URLSearchParams(qs).has(parameter.name), qs).toBe(true);
      expect(parseUrlState(new URLSearchParams(qs), DATED)).toEqual(state);
    });

    it(`${parameter.name}: every malformed value falls back to the default and is never echoed`, () => {
      // A step number is a step's value, no switch's: `2` is malformed everywhere else.
      for (const raw of [...MALFORMED.filter((raw) => field !== 'step' || raw !== '2'), ...(field === 'layers' ? [] : [''])]) {
        const state = parseUrlState({ ...withItsStory(field), [parameter.name]: raw }, DATED);
        expect(state, JSON.stringify(raw)).toEqual(parseUrlState(withItsStory(field), DATED));
        expect(serializeUrlState(state, LAYERS)).toBe(serializeUrlState(parseUrlState(withItsStory(field), DATED), LAYERS));
      }
    });
  }
});

describe('a place’s addresses', () => {
  it('the map opened at the place, and the place’s own page, with the id escaped', () => {
    expect(mapPathOf('lysychansk-refinery')).toBe('/?place=lysychansk-refinery');
    expect(placePagePath('azot')).toBe('/places/azot');
    expect(mapPathOf('a b')).toBe('/?place=a+b');
    expect(placePagePath('a/b')).toBe('/places/a%2Fb');
  });
});
