'use client';
import { useEffect, useState } from 'react';

/**
 * How many of `total` things to draw: none at first, then one more in each following task, until all
 * are drawn. The map's data layers come in this way (components/map/data-layers.tsx): Leaflet makes
 * each layer's elements and styles every path at once, and the map's layers drawn together were one
 * task long enough to block a phone's reader from scrolling or tapping (issue 17's blocking time);
 * one task per layer leaves the browser free between them.
 */
export function useInTurn(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(
    function drawNext() {
      if (shown >= total) return;
      const timer = setTimeout(() => setShown((n) => n + 1), 0);
      return () => clearTimeout(timer);
    },
    [shown, total],
  );
  return Math.min(shown, total);
}
