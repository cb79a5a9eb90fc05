'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

/** A view the map is asked to move to (a story's step): a new `seq`, a new move. */
export interface ViewTarget {
  center: [number, number];
  zoom: number;
  seq: number;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Moves the map to each new target: a flight, or a jump for a reader who asks for reduced motion.
 * The first target is where the map opened (the story's step set the URL's view before the map was
 * made), so it is only flown to when the map is elsewhere.
 */
export function FlyToView({ target }: { target: ViewTarget | null }) {
  const map = useMap();
  const flown = useRef<number | undefined>(undefined);
  useEffect(
    function flyToTarget() {
      if (!target || target.seq === flown.current) return;
      flown.current = target.seq;
      const here = map.getCenter();
      const there = { lat: target.center[0], lng: target.center[1] };
      if (map.getZoom() === target.zoom && Math.abs(here.lat - there.lat) < 1e-5 && Math.abs(here.lng - there.lng) < 1e-5) return;
      if (window.matchMedia(REDUCED_MOTION).matches) map.setView(there, target.zoom, { animate: false });
      else map.flyTo(there, target.zoom, { duration: 1.2 });
    },
    [map, target],
  );
  return null;
}
