'use client';
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * Whether the page has hydrated: false in the server's render and in the hydrating render that must
 * match it, true from the render after. For what the server's HTML must not claim (it is read
 * without JavaScript too) but the browser's page does once its handlers are attached.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
