'use client';
import { useLayoutEffect, useMemo, useRef } from 'react';

/**
 * Callbacks whose identity never changes and which call the latest ones given. The map's Leaflet
 * layers and its pop-up content hold on to them: a new function on every render of the page would
 * rebuild the pop-up's content, and Leaflet would pan it again (a loop of moveend → state →
 * render → pan that React hides and Preact, rendering at once, turns into a freeze).
 */
export function useStableHandlers<T extends { [K in keyof T]: (...args: never[]) => void }>(handlers: T): T {
  const latest = useRef(handlers);
  useLayoutEffect(function keepLatest() {
    latest.current = handlers;
  });
  return useMemo(() => {
    type Call = (...args: unknown[]) => void;
    const stable: Record<string, Call> = {};
    for (const key of Object.keys(latest.current)) stable[key] = (...args) => (latest.current as unknown as Record<string, Call>)[key]!(...args);
    return stable as unknown as T;
  }, []);
}
