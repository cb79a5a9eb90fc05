import { describe, expect, it } from 'vitest';
import { iframeSnippet, scriptSnippet } from '@/lib/embed-code';
import { imagePathOf, parseImageRequest } from '@/lib/image-request';
import { oembedFor } from '@/lib/oembed';
import { storyStepCounts } from '@/lib/story-steps';
import { parseUrlState, serializeUrlState } from '@/lib/url-state';
import { loadGeoData, loadMapData } from './geo-data';
import { WORDS } from '../helpers/messages';

const known = {
  places: ['lysychansk'],
  layers: ['cities'],
  dateRange: { min: '2022-06-24', max: '2023-02-07' },
  stories: { 'twin-cities-2022': 8 },
};
const parse = (qs: string) => parseUrlState(new URLSearchParams(qs), known);

describe('story mode in the URL', () => {
  it('reads a known story and a step within it, and writes them back', () => {
    const state = parse('story=twin-cities-2022&step=3');
    expect(state).toMatchObject({ story: 'twin-cities-2022', step: 3 });
    expect(serializeUrlState(state)).toBe('story=twin-cities-2022&step=3');
    // The first step is the default: not written.
    expect(serializeUrlState({ ...state, step: 1 })).toBe('story=twin-cities-2022');
  });

  it('drops an unknown story, a step past the last, a step without a story, and malformed steps', () => {
    expect(parse('story=no-such-story&step=2')).not.toHaveProperty('story');
    expect(parse('story=no-such-story&step=2')).not.toHaveProperty('step');
    expect(parse('story=twin-cities-2022&step=9')).toEqual(parse('story=twin-cities-2022'));
    for (const step of ['0', '-1', '1.5', '1e1', '100', '<b>2</b>', ''])
      expect(parse(`story=twin-cities-2022&step=${step}`).step).toBeUndefined();
    expect(parse('step=2').step).toBeUndefined();
    // With no stories known (a page that was not told them), no story at all.
    expect(parseUrlState(new URLSearchParams('story=twin-cities-2022'), { ...known, stories: undefined }).story).toBeUndefined();
    expect(parse('story=__proto__').story).toBeUndefined();
  });

  it('/image refuses story mode (400 naming what it takes) and leaves it out of a picture’s address', () => {
    const refused = parseImageRequest(new URLSearchParams('story=twin-cities-2022'), known);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok || refused.message).not.toContain('story,');
    expect(imagePathOf({ tiles: true, story: 'twin-cities-2022', step: 2, date: '2022-06-30' }, [])).toBe('/image?date=2022-06-30');
  });
});

describe('story mode through oEmbed and the embed code', () => {
  const data = loadMapData();
  const stories = storyStepCounts(loadGeoData().stories);

  it('an oEmbed answer for a shared story step frames that step; an unknown story is left out', () => {
    const ask = (url: string) => oembedFor(new URLSearchParams({ url }), 'https://map.example.org', data, stories, (locale) => WORDS[locale]);
    const answer = ask('https://map.example.org/?story=bakhmut-2023&step=4&date=2023-02-07');
    expect(answer.ok && answer.body.html).toContain('/embed?date=2023-02-07&#38;story=bakhmut-2023&#38;step=4');
    const unknown = ask('https://map.example.org/?story=no-such-story&step=4');
    expect(unknown.ok && unknown.body.html).not.toContain('story');
  });

  it('the share dialog’s embed code carries the story and step as data attributes', () => {
    const input = {
      origin: 'https://map.example.org',
      state: { tiles: true, story: 'bakhmut-2023', step: 2 },
      flags: { controls: true, panel: true, list: false, theme: 'light' as const, lang: 'en' as const },
      allLayers: [],
      title: 'Bakhmut',
    };
    const code = scriptSnippet(input);
    expect(iframeSnippet(input)).toContain('/embed?story=bakhmut-2023&#38;step=2');
    expect(code).toContain('data-story="bakhmut-2023"');
    expect(code).toContain('data-step="2"');
  });
});
