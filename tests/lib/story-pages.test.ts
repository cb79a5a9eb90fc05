import { describe, expect, it } from 'vitest';
import { publicStoryUrl, storyPageFor, storyPagePath } from '@/lib/story-pages';

const params = (query: string) => new URLSearchParams(query);

describe('which story step page answers a map page with a story', () => {
  it('the step the map would open: the one asked for, the first when none or a malformed one', () => {
    expect(storyPageFor('/en', params('story=twin-cities-2022&step=3'))).toBe('/en/stories/twin-cities-2022/3');
    expect(storyPageFor('/uk', params('date=2022-06-20&story=bakhmut-2023'))).toBe('/uk/stories/bakhmut-2023/1');
    for (const step of ['0', '-1', 'x', '123', '2.5', ''])
      expect(storyPageFor('/en', params(`story=twin-cities-2022&step=${step}`)), step).toBe(storyPagePath('/en', 'twin-cities-2022', 1));
  });

  it('none without a story, for a malformed one, or for any page but the map', () => {
    expect(storyPageFor('/en', params('place=lysychansk'))).toBeUndefined();
    for (const story of ['', '../x', 'X', '<b>', 'a/b', 'a'.repeat(65)])
      expect(storyPageFor('/en', params(`story=${encodeURIComponent(story)}`))).toBeUndefined();
    expect(storyPageFor('/en/about', params('story=twin-cities-2022'))).toBeUndefined();
    expect(storyPageFor('/en/places/lysychansk', params('story=twin-cities-2022'))).toBeUndefined();
  });
});

describe('a story step page’s own path goes to the map’s address', () => {
  it('in each language, the first step without `step`', () => {
    expect(publicStoryUrl('/en/stories/twin-cities-2022/3', 'en')).toBe('/?story=twin-cities-2022&step=3');
    expect(publicStoryUrl('/uk/stories/twin-cities-2022/3', 'en')).toBe('/uk?story=twin-cities-2022&step=3');
    expect(publicStoryUrl('/en/stories/bakhmut-2023/1', 'en')).toBe('/?story=bakhmut-2023');
  });

  it('leaves every other path alone, and escapes what it passes on', () => {
    for (const p of ['/en', '/en/stories', '/en/stories/x', '/en/places/lysychansk', '/en/stories/x/2/y'])
      expect(publicStoryUrl(p, 'en')).toBeUndefined();
    expect(publicStoryUrl('/en/stories/a&b=c/2', 'en')).toBe('/?story=a%26b%3Dc&step=2');
  });
});
