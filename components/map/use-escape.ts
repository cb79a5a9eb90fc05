'use client';
import { useEffect } from 'react';

/**
 * Escape closes the reporting panel, then the selected place (Leaflet's own Escape works only while
 * the map itself has focus, and focus moves into the pop-up when it opens). Both front ends.
 */
export function useEscapeToClose(panelOpen: boolean, placeOpen: boolean, closePanel: () => void, closePlace: () => void) {
  useEffect(
    function closeOnEscape() {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        if (panelOpen) closePanel();
        else if (placeOpen) closePlace();
        else return;
        e.preventDefault();
      };
      document.addEventListener('keydown', onKey);
      return function stopListening() {
        document.removeEventListener('keydown', onKey);
      };
    },
    [panelOpen, placeOpen, closePanel, closePlace],
  );
}
