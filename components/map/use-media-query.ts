'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { Theme } from '@/lib/styles';

/** Phones: the width below which the page stacks and reporting opens in a bottom sheet (as in app/globals.css). */
export const PHONE_QUERY = '(max-width: 700px)';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Whether a media query matches, following changes (a rotated phone, a system switching to dark).
 * False on the server and while hydrating, then the browser's answer.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return function unsubscribe() {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  // The snapshot checks for a window too: preact/compat's useSyncExternalStore has no server snapshot.
  return useSyncExternalStore(
    subscribe,
    () => typeof window !== 'undefined' && window.matchMedia(query).matches,
    () => false,
  );
}

/** The reader's colour scheme, for what the stylesheet cannot colour: the map's SVG paths. */
export function useColorScheme(): Theme {
  return useMediaQuery(DARK_QUERY) ? 'dark' : 'light';
}
