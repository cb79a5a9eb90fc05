'use client';
import { type ComponentProps, lazy, Suspense } from 'react';

/*
 * Compare mode's list of changes, whose code loads when first shown (React.lazy, its own chunk):
 * the map page shows it only after a reader's choice, so the page's first load carries neither its
 * code nor its start-up work (issue 17: the page's weight and its blocking time on phones). The
 * story panel was loaded so too until a story step's page came to have it in its HTML
 * (lib/story-pages.ts): behind a Suspense boundary React outlines a large boundary into a hidden
 * part that only a script shows, so without JavaScript it was not there at all; in the page's own
 * code it costs about 0.6 KB gzip.
 */
const LazyChangeList = lazy(() => import('@/components/compare/change-list').then((m) => ({ default: m.ChangeList })));

export function ChangeList(props: ComponentProps<typeof LazyChangeList>) {
  return (
    <Suspense fallback={null}>
      <LazyChangeList {...props} />
    </Suspense>
  );
}
