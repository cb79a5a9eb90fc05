'use client';
import { useEffect, useRef } from 'react';

/** Where an arrow key already means something else: typing, a slider (the date), the map (panning). */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable], .leaflet-container, [role="dialog"]'));
}

/**
 * Left/Right arrows (and Home/End) step through a story from anywhere on the page but where those
 * keys already act. `onKey` says whether it used the key (its default is then prevented).
 */
export function useStoryKeys(onKey: (key: string) => boolean) {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(function listenForArrows() {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || keyBelongsElsewhere(e.target)) return;
      if (latest.current(e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
