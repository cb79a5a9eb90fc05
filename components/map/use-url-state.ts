'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type KnownIds, parseUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

export type HistoryMode = 'push' | 'replace';

/**
 * The map's state, mirrored in the URL (lib/url-state.ts). Selecting a place adds a history
 * entry; panning and zooming replace the current one, so back and forward step through places,
 * not pan steps.
 */
export function useUrlState(initial: UrlState, known: KnownIds, allLayers: readonly string[]) {
  const [state, setState] = useState<UrlState>(initial);
  const pending = useRef<HistoryMode | null>(null);

  const update = useCallback((patch: Partial<UrlState>, mode: HistoryMode) => {
    pending.current = pending.current === 'push' ? 'push' : mode;
    setState((prev) => ({ ...prev, ...patch }));
  }, []);

  useEffect(
    function writeUrl() {
      const mode = pending.current;
      if (!mode) return;
      pending.current = null;
      const qs = serializeUrlState(state, allLayers);
      const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [state, allLayers],
  );

  // Read through a ref: the listener stays in place for the page's life. Re-adding it whenever the
  // known ids changed (the map's data arriving, a router re-render) left moments with no listener,
  // and a Back pressed then was missed.
  const knownNow = useRef(known);
  useEffect(() => {
    knownNow.current = known;
  }, [known]);
  useEffect(function followBackAndForward() {
    const onPop = () => setState(parseUrlState(new URLSearchParams(window.location.search), knownNow.current));
    window.addEventListener('popstate', onPop);
    return function stopFollowing() {
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  return [state, update] as const;
}
