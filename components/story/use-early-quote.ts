'use client';
import { useLayoutEffect } from 'react';
import { prefetchDataFile } from '@/components/data/data-request';
import type { MapPlace } from '@/lib/map-data';
import type { StoryAt } from '@/lib/story-steps';

/** What a story step needs of a place before the map's data file is here: its names, and where its reporting is. */
export type StoryPlace = Pick<MapPlace, 'reporting' | 'name' | 'name_uk'>;

/**
 * The places the stories' steps name, by id (lib/map-data.ts MapPlace): made by the server, so that
 * a page opened at a story step shows the step's places and quote without waiting for the map's
 * data file. A handful of places, however large the data.
 */
export type StoryPlaces = Readonly<Record<string, StoryPlace>>;

/**
 * Starts loading the step's quote (its place's reporting file) as soon as the step is known: on a
 * page opened at a story step the quote is the largest thing it paints, so it is asked for beside
 * the map's data and the story panel's code rather than after them.
 */
export function useEarlyQuote(at: StoryAt | undefined, places: StoryPlaces | undefined, seed: Readonly<Record<string, unknown>> = {}) {
  const found = at && places?.[at.step.places[0]!]?.reporting;
  // Not when the page has it already (a story step's page: components/map/map-page.tsx).
  const url = found && !Object.hasOwn(seed, found) ? found : undefined;
  // In the commit that first knows the step (the URL's state is read in a layout effect, after hydration), not a task later.
  useLayoutEffect(() => {
    if (url) prefetchDataFile(url);
  }, [url]);
}
