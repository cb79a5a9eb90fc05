// What /image draws (lib/image-request.ts, lib/map-image.ts); the pictures themselves are tested in tests/e2e/image.spec.ts.
import { describe, expect, it } from 'vitest';
import { IMAGE_PARAMETER_NAMES, type ImageRequest, parseImageRequest } from '@/lib/image-request';
import { imageOf, layoutOf } from '@/lib/map-image';
import { MESSAGES, WORDS } from '../helpers/messages';

const MAP_TITLE = MESSAGES.en.Picture.title;
import { COMPARE_LOOK } from '@/lib/styles';
import { loadMapData } from './geo-data';

const map = loadMapData();
const known = { places: map.placeOrder, layers: map.layers.map((l) => l.id), dateRange: map.dateRange };
const parse = (query: string) => parseImageRequest(new URLSearchParams(query), known);
const request = (query: string): ImageRequest => {
  const result = parse(query);
  if (!result.ok) throw new Error(result.message);
  return result.request;
};
const VERSION = { id: '0123456789ab', date: '2026-12-01' };

describe('parseImageRequest', () => {
  it('reads the map’s state and the picture’s own parameters, with defaults for what is left out', () => {
    expect(request('')).toEqual({ state: { tiles: true }, width: 1200, height: 630, format: 'png', theme: 'light', lang: 'en' });
    expect(request('place=lysychansk&date=2022-06-30&layers=cities&width=300&height=200&format=svg&theme=dark&lang=uk')).toEqual({
      state: { place: 'lysychansk', date: '2022-06-30', layers: ['cities'], tiles: true },
      width: 300,
      height: 200,
      format: 'svg',
      theme: 'dark',
      lang: 'uk',
    });
  });

  it('refuses a malformed value, naming the parameter and what it takes, never the value', () => {
    for (const [query, message] of [
      ['width=199', '"width" is not valid: pixels, 200–2400.'],
      ['height=2401', '"height" is not valid: pixels, 150–2400.'],
      ['width=3e2', '"width" is not valid: pixels, 200–2400.'],
      ['place=%3Cscript%3E', '"place" is not valid: selected place id; opens its pop-up.'],
      ['date=2022-02-30', '"date" is not valid'],
      ['z=40&ll=48.9,38.4', '"z" is not valid'],
      ['theme=auto', '"theme" is not valid: light or dark.'],
    ] as const) {
      const result = parse(query);
      expect(result.ok, query).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(message);
        expect(result.message).not.toContain('<');
      }
    }
  });

  it('refuses unknown and repeated parameters, so that a cache keeps one answer per picture', () => {
    expect(parse('utm_source=x')).toEqual({ ok: false, message: `Unknown parameter. /image takes: ${IMAGE_PARAMETER_NAMES.join(', ')}.` });
    expect(parse('width=300&width=400')).toEqual({ ok: false, message: '"width" is given more than once.' });
  });
});

describe('imageOf', () => {
  it('names the place and the date, and credits what is drawn with the data version', () => {
    const { text } = imageOf(map, request('place=lysychansk&date=2022-06-30'), VERSION, WORDS.en);
    expect(text.heading).toBe('Lysychansk');
    expect(text.date).toBe('As reported on 30 June 2022');
    expect(text.credits).toContain('© OpenStreetMap contributors');
    expect(text.credits).toContain('Made with Natural Earth');
    expect(text.credits).toContain('data version 0123456789ab of 1 December 2026');
  });

  it('speaks Ukrainian with lang=uk: the place by its Ukrainian name, the date, the legend and the credits', () => {
    const { text, picture } = imageOf(map, request('place=lysychansk&date=2022-06-30&lang=uk'), VERSION, WORDS.uk);
    expect(text.heading).toBe('Лисичанськ');
    expect(text.date).toBe('За повідомленнями на 30 червня 2022 р.');
    expect(text.legend.map((e) => e.label)).toContain('Під контролем України');
    expect(text.credits).toContain('версія даних 0123456789ab від 1 грудня 2026 р.');
    expect(picture.placeLabels.map((l) => l.text)).toContain('Сєвєродонецьк');
    // The base's towns by their Ukrainian names (geo/base.geojson name_uk, from the OSM reference points).
    expect(picture.labels.length).toBeGreaterThan(0);
    for (const label of picture.labels) expect(label.text).toMatch(/^[\p{Script=Cyrillic}ʼ’ -]+$/u);
  });

  it('says when the date is the latest of the reporting, and titles the whole map', () => {
    const { text } = imageOf(map, request(''), VERSION, WORDS.en);
    expect(text.heading).toBe(MAP_TITLE);
    expect(text.date).toMatch(/\(the latest date of the reporting\)$/);
  });

  it('draws only the layers asked for, and gives the legend of what it draws', () => {
    const all = imageOf(map, request('date=2022-06-30'), VERSION, WORDS.en);
    const cities = imageOf(map, request('date=2022-06-30&layers=cities'), VERSION, WORDS.en);
    expect(all.picture.shapes.some((s) => s.key === 'bridge-pavlohrad')).toBe(true);
    expect(cities.picture.shapes.some((s) => s.key === 'bridge-pavlohrad')).toBe(false);
    expect(cities.picture.shapes.some((s) => s.key === 'lysychansk')).toBe(true);
    expect(all.text.legend.map((e) => e.key)).toContain('bridge');
    expect(cities.text.legend.map((e) => e.key)).not.toContain('bridge');
    expect(cities.text.legend.map((e) => e.key)).toContain('control-russian');
  });
});

describe('imageOf in compare mode', () => {
  it('draws the places that changed between the dates thicker and the others faded, and says how many changed', () => {
    const plain = imageOf(map, request('date=2022-06-20'), VERSION, WORDS.en);
    const compared = imageOf(map, request('date=2022-06-20&compare=2022-07-01'), VERSION, WORDS.en);
    const style = (content: typeof plain, key: string) => content.picture.shapes.find((s) => s.key === key)!.style;
    // Severodonetsk: nothing reported on 20 June, Russian control by 1 July (tests/lib/compare.test.ts).
    expect(style(compared, 'severodonetsk').weight).toBe(style(plain, 'severodonetsk').weight + COMPARE_LOOK.changedExtraWeight);
    // Bakhmut: no report in that fortnight.
    expect(style(compared, 'bakhmut').opacity).toBeCloseTo(style(plain, 'bakhmut').opacity * COMPARE_LOOK.unchangedOpacity);
    expect(compared.text.date).toMatch(/^As reported on 20 June 2022\. Compared: \d+ places changed between 20 June 2022 and 1 July 2022\.$/);
  });
});

describe('layoutOf', () => {
  it('gives a wide picture a side column for the legend, and a small one none', () => {
    expect(layoutOf(1200, 630)).toMatchObject({ small: false, side: 330, map: { width: 870, height: 606 } });
    expect(layoutOf(300, 200)).toMatchObject({ small: true, side: 0, map: { width: 300, height: 156 } });
  });
});
