import { describe, expect, it } from 'vitest';
import { stepForKey, stepForSwipe, storyAt } from '@/lib/story-steps';
import { loadGeoData } from './geo-data';

const { stories } = loadGeoData();

describe('story steps', () => {
  it('gives the step a state shows, the first when none is given, nothing outside story mode', () => {
    expect(storyAt(stories, { story: 'twin-cities-2022', step: 3 })?.step.report).toBe('nepal-battle-moves-across-river');
    expect(storyAt(stories, { story: 'bakhmut-2023' })?.number).toBe(1);
    expect(storyAt(stories, {})).toBeUndefined();
    expect(storyAt(stories, { story: 'no-such-story' })).toBeUndefined();
  });

  it('steps by arrow keys and Home/End within the story, never past either end', () => {
    expect(stepForKey('ArrowRight', 3, 8)).toBe(4);
    expect(stepForKey('ArrowLeft', 3, 8)).toBe(2);
    expect(stepForKey('Home', 3, 8)).toBe(1);
    expect(stepForKey('End', 3, 8)).toBe(8);
    expect(stepForKey('ArrowRight', 8, 8)).toBeUndefined();
    expect(stepForKey('ArrowLeft', 1, 8)).toBeUndefined();
    expect(stepForKey('End', 8, 8)).toBeUndefined();
    expect(stepForKey('ArrowUp', 3, 8)).toBeUndefined();
  });

  it('steps by a mostly horizontal swipe of at least 50 pixels: left for the next, right for the previous', () => {
    expect(stepForSwipe(-80, 10, 3, 8)).toBe(4);
    expect(stepForSwipe(80, -10, 3, 8)).toBe(2);
    expect(stepForSwipe(-40, 0, 3, 8)).toBeUndefined();
    expect(stepForSwipe(-80, 60, 3, 8)).toBeUndefined();
    expect(stepForSwipe(80, 0, 1, 8)).toBeUndefined();
  });

  it('every step of every story is ordered by the date its report describes', () => {
    for (const story of stories) {
      const dates = story.steps.map((s) => s.date);
      expect(dates, story.id).toEqual([...dates].sort());
    }
  });
});
