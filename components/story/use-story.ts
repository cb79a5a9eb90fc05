'use client';
import { useCallback, useEffect, useState } from 'react';
import type { ViewTarget } from '@/components/map/fly-to-view';
import type { Stories } from '@/lib/stories';
import { storyAt } from '@/lib/story-steps';
import type { UrlState } from '@/lib/url-state';
import type { HistoryMode } from '@/components/map/use-url-state';

type Update = (patch: Partial<UrlState>, mode: HistoryMode) => void;

/**
 * Story mode over the page's state, the same in both front ends: the step the state shows; on each
 * new step the date and the view follow it (written into the state, so that the URL, the share
 * dialog and the picture of the view say what is shown), and the map is asked to move there.
 * Opening a story and taking a step add history entries: Back goes back a step.
 */
export function useStory(stories: Stories, state: UrlState, update: Update) {
  const at = storyAt(stories, state);
  const [view, setView] = useState<ViewTarget | null>(null);
  const key = at ? `${at.story.id}/${at.number}` : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new step moves the map and the date; the reader may pan and change the date while on one.
  useEffect(
    function followTheStep() {
      if (!at) return;
      const { center, zoom } = at.step.view;
      update({ date: at.step.date, zoom, center, compare: undefined }, 'replace');
      setView((prev) => ({ center, zoom, seq: (prev?.seq ?? 0) + 1 }));
    },
    [key],
  );
  const go = useCallback((step: number) => update({ step }, 'push'), [update]);
  const open = useCallback((story: string) => update({ story, step: undefined, place: undefined }, 'push'), [update]);
  const close = useCallback(() => update({ story: undefined, step: undefined }, 'push'), [update]);
  return { at, view, go, open, close };
}
