import { describe, expect, it } from 'vitest';
import { imagePathOf, parseImageRequest } from '@/lib/image-request';
import { parseUrlState, serializeUrlState } from '@/lib/url-state';

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
