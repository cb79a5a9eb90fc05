'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Keeps the legend (components/map/map-legend.tsx, beside the map rather than in it) clear of
 * Leaflet's attribution, which a narrower map wraps onto more lines: the map's wrapper gets the
 * attribution's height as --attribution-height, which the legend's `bottom` adds to. A fixed
 * offset let the two overlap (the credits must stay readable, and axe's target-size rule counted
 * the credits' links as covering the legend's summary).
 */
export function AttributionClearance() {
  const map = useMap();
  useEffect(
    function followAttribution() {
      const attribution = map.attributionControl?.getContainer();
      const wrap = map.getContainer().parentElement;
      if (!attribution || !wrap) return;
      const sizes = new ResizeObserver(() => wrap.style.setProperty('--attribution-height', `${attribution.offsetHeight}px`));
      sizes.observe(attribution);
      return function stopFollowing() {
        sizes.disconnect();
        wrap.style.removeProperty('--attribution-height');
      };
    },
    [map],
  );
  return null;
}
