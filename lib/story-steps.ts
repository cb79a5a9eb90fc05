/**
 * Story mode's pure logic for both front ends (no zod: lib/stories.ts's schema stays on the
 * server): the step counts the URL is checked against, the step a state shows, and the step an
 * arrow key or a swipe asks for.
 */
import type { MapPlace } from './map-data';
import type { Story, StoryStep } from './stories';
import type { UrlState } from './url-state';

/** What a story step needs of a place before the map's data file is here: its names, and where its reporting is. */
export type StoryPlace = Pick<MapPlace, 'reporting' | 'name' | 'name_uk'>;

/**
 * The places the stories' steps name, by id: made by the server (components/map/map-page.tsx), so
 * that a story opened in the browser shows its steps' places and quotes without waiting for the
 * map's data file. A handful of places, however large the data.
 */
export type StoryPlaces = Readonly<Record<string, StoryPlace>>;

/** Each story's number of steps, by id: what `?story=` and `&step=` are checked against (lib/url-state.ts). */
export function storyStepCounts(stories: readonly Story[]): Record<string, number> {
  return Object.fromEntries(stories.map((s) => [s.id, s.steps.length]));
}

export interface StoryAt {
  story: Story;
  /** From 1, as in the URL. */
  number: number;
  step: StoryStep;
}

/** The story and step a state shows, or undefined outside story mode. */
export function storyAt(stories: readonly Story[], state: Pick<UrlState, 'story' | 'step'>): StoryAt | undefined {
  const story = state.story ? stories.find((s) => s.id === state.story) : undefined;
  if (!story) return undefined;
  const number = Math.min(Math.max(state.step ?? 1, 1), story.steps.length);
  return { story, number, step: story.steps[number - 1]! };
}

/** The step a key asks for (Left/Right arrows, Home/End), or undefined for any other key or at either end. */
export function stepForKey(key: string, number: number, count: number): number | undefined {
  const next = { ArrowRight: number + 1, ArrowLeft: number - 1, Home: 1, End: count }[key];
  return next !== undefined && next >= 1 && next <= count && next !== number ? next : undefined;
}

/** The step a horizontal swipe asks for (left: the next, right: the previous), or undefined for a short or mostly vertical one. */
export function stepForSwipe(dx: number, dy: number, number: number, count: number): number | undefined {
  if (Math.abs(dx) < 50 || Math.abs(dx) < 2 * Math.abs(dy)) return undefined;
  const next = dx < 0 ? number + 1 : number - 1;
  return next >= 1 && next <= count ? next : undefined;
}
