'use client';
import { type ComponentProps, lazy, memo, Suspense, useSyncExternalStore } from 'react';
import { StoryPanel as Panel } from '@/components/story/story-panel';

/*
 * Components whose code loads when first shown (React.lazy, its own chunk), with nothing in its
 * place meanwhile. For what the map page shows only after a reader's choice (a comparison): the
 * page's first load carries neither its code nor its start-up work (issue 17: the page's weight and
 * its blocking time on phones). Not for a place's panel and phone sheet: the map keeps the place in
 * view above the sheet and focus returns to what opened the panel, both measured when they mount,
 * so they must mount at once (and their code is mostly the pop-up's).
 */
const LazyChangeList = lazy(() => import('@/components/compare/change-list').then((m) => ({ default: m.ChangeList })));

/**
 * The story panel, in the page's own code, not a chunk loaded when shown: a story step's page
 * (lib/story-pages.ts) has it in its HTML with its quote, which the browser hydrates where it is.
 * Behind a Suspense boundary the server's HTML had it only in a hidden part that a script shows
 * at the end of the page (React outlines a large boundary), so without JavaScript not at all.
 */
export const StoryPanel = memo(Panel);

const subscribeToNothing = () => () => {};

/**
 * Where the map page shows the story panel: in the sidebar on wide screens, under the map on phones.
 * The server cannot tell which, so until the page has hydrated it is in both, and the CSS shows the
 * one for the screen's width (app/globals.css); then only where it belongs.
 */
export function useStoryPanelPlaces(phone: boolean): { sidebar: boolean; underMap: boolean } {
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return { sidebar: !hydrated || !phone, underMap: !hydrated || phone };
}

export function ChangeList(props: ComponentProps<typeof LazyChangeList>) {
  return (
    <Suspense fallback={null}>
      <LazyChangeList {...props} />
    </Suspense>
  );
}
