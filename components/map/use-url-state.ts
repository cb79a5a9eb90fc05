'use client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { citedVersionOf, pinnedUrl } from '@/lib/permalink';
import { type KnownIds, parseUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

export type HistoryMode = 'push' | 'replace';

/**
 * The state; how many of the updates that made it asked for a history entry of their own; and
 * whether it is the page's first, read from the URL it loaded with, which is left as it is.
 */
interface Tracked {
  value: UrlState;
  pushes: number;
  initial: boolean;
}

/**
 * The map's state, mirrored in the URL (lib/url-state.ts). Selecting a place adds a history
 * entry; panning and zooming replace the current one, so back and forward step through places,
 * not pan steps.
 *
 * Whether to push or replace travels inside the state (a count of push updates), not beside it:
 * React may render a state that holds only some of the queued updates (a pan's, not yet the
 * Escape's that came after it), and a mode kept in a ref was spent on that render, so the
 * selection's removal was later written nowhere (a CI run lost that race). For the same reason
 * every rendered state is written when it differs from the URL, the one read on Back or Forward
 * too: a pan's update rendered before it had already written its older state over that entry.
 *
 * `initial` is the state the server rendered: the map page is prerendered, the same for every URL,
 * so its first render in the browser must be that one too (hydration), and the URL's own state
 * follows at once, in a layout effect, before the browser paints.
 */
export function useUrlState(initial: UrlState, known: KnownIds, allLayers: readonly string[]) {
  const [state, setState] = useState<Tracked>({ value: initial, pushes: 0, initial: true });
  const written = useRef(0);
  const knownNow = useRef(known);

  useLayoutEffect(function readTheUrl() {
    const value = parseUrlState(new URLSearchParams(window.location.search), knownNow.current);
    // Only if nothing has changed the state yet: the URL is then still the one the page loaded with.
    setState((prev) => (prev.initial ? { value, pushes: prev.pushes, initial: true } : prev));
  }, []);

  const update = useCallback((patch: Partial<UrlState>, mode: HistoryMode) => {
    setState((prev) => ({ value: { ...prev.value, ...patch }, pushes: prev.pushes + (mode === 'push' ? 1 : 0), initial: false }));
  }, []);

  useEffect(
    function writeUrl() {
      const push = state.pushes > written.current;
      written.current = state.pushes;
      if (state.initial) return;
      const qs = serializeUrlState(state.value, allLayers);
      const path = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
      // A pinned permalink's data version stays while the reader browses from it, so that a reload
      // still says the data has changed since the citation (lib/permalink.ts).
      const cited = citedVersionOf(window.location.search);
      const url = cited ? pinnedUrl(path, cited) : path;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [state, allLayers],
  );

  // Read through a ref: the listener stays in place for the page's life. Re-adding it whenever the
  // known ids changed (the map's data arriving, a router re-render) left moments with no listener,
  // and a Back pressed then was missed.
  useEffect(() => {
    knownNow.current = known;
  }, [known]);
  useEffect(function followBackAndForward() {
    const onPop = () => {
      // Read now, not in the updater: React may run that later, after a pan rendered first has
      // written over the entry Back or Forward arrived at.
      const value = parseUrlState(new URLSearchParams(window.location.search), knownNow.current);
      setState((prev) => ({ value, pushes: prev.pushes, initial: false }));
    };
    window.addEventListener('popstate', onPop);
    return function stopFollowing() {
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  return [state.value, update] as const;
}
