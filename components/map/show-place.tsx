'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { featureOf, type MapData } from '@/lib/map-data';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import { hiddenInsets, NO_INSETS, offsetToReveal, visibleCentreOffset } from '@/lib/visible-area';

interface ShowPlaceProps {
  data: MapData;
  /** A place chosen from the list or search: the map moves to it. */
  flyTo: { id: string; seq: number } | null;
  /** The selected place. */
  selected?: string;
  /** What covers the foot of the window on a phone ('place' or 'panel'), or null. A change re-checks. */
  sheet: string | null;
  /** How many pixels at the bottom of the window the sheet covers now. */
  coveredBottom: () => number;
}

/**
 * Keeps the chosen place in sight. A place chosen from the list or search: the map moves to it
 * (as it always has on wide screens). On phones, where a bottom sheet covers the foot of the map,
 * the move centres it in the part left visible, and a place tapped on the map, or hidden when the
 * sheet grows, is panned up into that part.
 */
export function ShowPlace({ data, flyTo, selected, sheet, coveredBottom }: ShowPlaceProps) {
  const map = useMap();
  const flown = useRef<number | undefined>(undefined);
  useEffect(
    function showPlace() {
      const insets = sheet ? hiddenInsets(map.getContainer().getBoundingClientRect(), window.innerHeight, coveredBottom()) : NO_INSETS;
      const size = map.getSize();
      if (flyTo && flyTo.seq !== flown.current) {
        flown.current = flyTo.seq;
        const feature = featureOf(data, flyTo.id);
        if (!feature) return;
        // Make room for the sheet only if some of the map is still to be seen (not scrolled away).
        const pad = insets.top + insets.bottom < size.y - 100 ? insets : NO_INSETS;
        if (feature.geometry.type === 'Point') {
          const zoom = Math.max(map.getZoom(), 11);
          map.setView(map.unproject(map.project(anchorOf(feature), zoom).subtract([0, visibleCentreOffset(pad)]), zoom), zoom);
        } else {
          map.fitBounds(boundsOf([feature.geometry]), { maxZoom: 12, paddingTopLeft: [24, 24 + pad.top], paddingBottomRight: [24, 24 + pad.bottom] });
        }
        return;
      }
      const feature = selected && sheet ? featureOf(data, selected) : undefined;
      if (!feature) return;
      const at = map.latLngToContainerPoint(anchorOf(feature));
      const offset = offsetToReveal([at.x, at.y], [size.x, size.y], insets);
      if (offset) map.panBy(offset);
    },
    [map, data, flyTo, selected, sheet, coveredBottom],
  );
  return null;
}
