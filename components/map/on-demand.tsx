'use client';
import { type ComponentProps, lazy, Suspense } from 'react';

/*
 * Components whose code loads when first shown (React.lazy, its own chunk), with nothing in its
 * place meanwhile but the story panel's empty box. For what the map page shows only after a
 * reader's choice (a story, a comparison): the page's first load carries neither their code nor
 * its start-up work (issue 17: the page's weight and its blocking time on phones). Not for a
 * place's panel and phone sheet: the map keeps the place in view above the sheet and focus
 * returns to what opened the panel, both measured when they mount, so they must mount at once (and
 * their code is mostly the pop-up's).
 */
const LazyStoryPanel = lazy(() => import('@/components/story/story-panel').then((m) => ({ default: m.StoryPanel })));
const LazyChangeList = lazy(() => import('@/components/compare/change-list').then((m) => ({ default: m.ChangeList })));

/**
 * While its code loads, the story panel's box holds its place (its height: styles/story.css under
 * the map, app/globals.css in the sidebar), so that what is below does not move twice.
 */
export function StoryPanel(props: ComponentProps<typeof LazyStoryPanel>) {
  return (
    <Suspense fallback={<div className="story-panel" aria-hidden="true" />}>
      <LazyStoryPanel {...props} />
    </Suspense>
  );
}

export function ChangeList(props: ComponentProps<typeof LazyChangeList>) {
  return (
    <Suspense fallback={null}>
      <LazyChangeList {...props} />
    </Suspense>
  );
}
