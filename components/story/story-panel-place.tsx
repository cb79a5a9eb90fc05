'use client';
import type { ReactNode } from 'react';
import { useHydrated } from '@/components/map/use-hydrated';

interface StoryPanelPlaceProps {
  /** The place this slot is: the sidebar (wide screens) or under the map (phones). */
  where: 'sidebar' | 'underMap';
  /** Whether the screen is a phone's (PHONE_QUERY), known only in the browser. */
  phone: boolean;
  /** The story panel, made once by the page for both slots. */
  children: ReactNode;
}

/**
 * One of the two places the map page can show the story panel. The server cannot tell which, so
 * until the page has hydrated the panel is in both, and the CSS shows the one for the screen's
 * width (app/story-places.css); then only where it belongs. The hydration flag is read here, not
 * in the page: read in MapApp it rendered the whole page a second time right after hydrating, on
 * every map page, story or not; here only the two slots render again (their panel, the same
 * element, is not rendered again).
 */
export function StoryPanelPlace({ where, phone, children }: StoryPanelPlaceProps) {
  const hydrated = useHydrated();
  const here = !hydrated || (where === 'underMap' ? phone : !phone);
  return here ? children : null;
}
