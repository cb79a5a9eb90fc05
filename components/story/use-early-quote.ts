'use client';
import { useEffect } from 'react';
import { prefetchDataFile } from '@/components/data/data-request';
import type { StoryAt } from '@/lib/story-steps';

/**
 * Each story step's place, by id: the URL of its reporting file (lib/map-data.ts MapPlace
 * `reporting`), where the step's quote is. Made by the server for the places the stories quote.
 */
export type StoryReporting = Readonly<Record<string, string>>;

/**
 * Starts loading the step's quote (its place's reporting file) as soon as the step is known. The
 * story panel can name that file only once the map's data file is here and decoded; on a page
 * opened at a story step the quote is the largest thing it paints, so it is asked for beside the
 * map's data rather than after it.
 */
export function useEarlyQuote(at: StoryAt | undefined, reporting: StoryReporting | undefined) {
  const url = at && reporting?.[at.step.places[0]!];
  useEffect(() => {
    if (url) prefetchDataFile(url);
  }, [url]);
}
