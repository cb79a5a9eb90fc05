'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when its container changes size without the window doing so (the "All reporting"
 * panel opening beside the map): Leaflet only follows window resizes, and would go on placing the
 * pop-up, and auto-panning it, for the old size.
 */
export function TrackSize() {
  const map = useMap();
  useEffect(
    function followContainer() {
      const sizes = new ResizeObserver(() => map.invalidateSize());
      sizes.observe(map.getContainer());
      return function stopFollowing() {
        sizes.disconnect();
      };
    },
    [map],
  );
  return null;
}
