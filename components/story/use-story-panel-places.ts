'use client';
import { useHydrated } from '@/components/map/use-hydrated';

/**
 * Where the map page shows the story panel: in the sidebar on wide screens, under the map on phones.
 * The server cannot tell which, so until the page has hydrated it is in both, and the CSS shows the
 * one for the screen's width (app/globals.css); then only where it belongs.
 * @param phone whether the screen is a phone's (PHONE_QUERY), known only in the browser
 */
export function useStoryPanelPlaces(phone: boolean): { sidebar: boolean; underMap: boolean } {
  const hydrated = useHydrated();
  return { sidebar: !hydrated || !phone, underMap: !hydrated || phone };
}
