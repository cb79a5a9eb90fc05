'use client';
import { useCallback, useState } from 'react';
import type { SelectVia } from './map-view';
import { useEscapeToClose } from './use-escape';

/**
 * The selected place and its reporting panel, the same in both front ends: choosing a place from a
 * list (or a host page) moves the map to it (`flyTo`, a new `seq` each time); the panel, if open,
 * follows the selection, and closes with it; Escape closes the panel, then the place.
 * @param place the selected place, as the page keeps it (the URL on the main page)
 * @param setPlace stores a new selection (stable: wrap it in useCallback)
 */
export function useSelection(place: string | undefined, setPlace: (id: string | undefined) => void) {
  const [panelFor, setPanelFor] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ id: string; seq: number } | null>(null);
  const select = useCallback(
    (id: string | undefined, via: SelectVia) => {
      setPlace(id);
      if (id && via === 'list') setFlyTo((prev) => ({ id, seq: (prev?.seq ?? 0) + 1 }));
      setPanelFor((open) => (open && id ? id : null));
    },
    [setPlace],
  );
  const closePanel = useCallback(() => setPanelFor(null), []);
  const closePlace = useCallback(() => select(undefined, 'map'), [select]);
  useEscapeToClose(Boolean(panelFor), Boolean(place), closePanel, closePlace);
  return { select, flyTo, panelFor, openPanel: setPanelFor, closePanel, closePlace };
}
