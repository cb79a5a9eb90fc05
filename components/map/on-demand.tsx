'use client';
import { type ComponentProps, type ComponentType, lazy, Suspense, useLayoutEffect, useState } from 'react';
import type { StoryPanel as StoryPanelType } from '@/components/story/story-panel';

/*
 * Components whose code loads when first shown (their own chunk), with nothing in their place
 * meanwhile but the story panel's empty box. For what the map page shows only after a reader's
 * choice (a story, a comparison): the page's first load carries neither their code nor its
 * start-up work (issue 17: the page's weight and its blocking time on phones). Not for a place's
 * panel and phone sheet: the map keeps the place in view above the sheet and focus returns to what
 * opened the panel, both measured when they mount, so they must mount at once (and their code is
 * mostly the pop-up's).
 */
const LazyChangeList = lazy(() => import('@/components/compare/change-list').then((m) => ({ default: m.ChangeList })));

type StoryPanelComponent = typeof StoryPanelType;
let storyPanelCode: StoryPanelComponent | undefined;
const loadStoryPanel = () => import('@/components/story/story-panel').then((m) => (storyPanelCode = m.StoryPanel));

/**
 * The story panel once its code is here: shown in the first frame after, not through Suspense,
 * whose reveal React holds back for up to 300 ms after its fallback (a page opened at a story step
 * painted its quote, the page's largest paint, that much later). Until then the panel's box holds
 * its place (its height: styles/story.css under the map, app/globals.css in the sidebar), so that
 * what is below does not move twice.
 */
export function StoryPanel(props: ComponentProps<StoryPanelComponent>) {
  const [Panel, setPanel] = useState<ComponentType<ComponentProps<StoryPanelComponent>> | undefined>(() => storyPanelCode);
  // Asked for in the commit that first shows the panel, not a task later (as the step's quote is: use-early-quote.ts).
  useLayoutEffect(() => {
    if (!Panel) void loadStoryPanel().then((code) => setPanel(() => code));
  }, [Panel]);
  return Panel ? <Panel {...props} /> : <div className="story-panel" aria-hidden="true" />;
}

export function ChangeList(props: ComponentProps<typeof LazyChangeList>) {
  return (
    <Suspense fallback={null}>
      <LazyChangeList {...props} />
    </Suspense>
  );
}
