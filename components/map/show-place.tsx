'use client';
import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type EmbedData, shapeOf } from '@/lib/bulk-points';
import { anchorOf, boundsOf, type PlaceShape } from '@/lib/place-geometry';
import { hiddenInsets, type Insets, NO_INSETS, offsetToReveal, visibleCentreOffset } from '@/lib/visible-area';

/** On phones: what covers the foot of the window, and how much of it. */
export interface SheetCover {
  /** What covers it ('place' or 'panel'), or null. A change re-checks. */
  sheet: 'place' | 'panel' | null;
  /** How many pixels at the bottom of the window the sheet covers now. */
  coveredBottom: () => number;
}

interface ShowPlaceProps {
  data: EmbedData;
  /** A place chosen from the list or search: the map moves to it. */
  flyTo: { id: string; seq: number } | null;
  /** The selected place. */
  selected?: string;
  /** The first view was fitted to this place (from `?place=`): fit it again once a sheet is up. */
  fittedFirst?: string;
  cover?: SheetCover;
  /** The chosen date: stepping it in the sheet changes the sheet's height, so a change re-checks. */
  date: string;
}

interface Fit {
  /** Points: at least this zoom (else the current one). */
  minZoom: number;
  /** Areas and lines: at most this zoom. */
  maxZoom: number;
  padding: number;
  /** false: jump (the first view); else Leaflet's own choice, as for any move. */
  animate?: false;
}

/** Moves the map to a place, centred in the part of the map the insets leave visible. */
function fitPlace(map: L.Map, feature: PlaceShape, insets: Insets, fit: Fit) {
  if (feature.geometry.type === 'Point') {
    const zoom = Math.max(map.getZoom(), fit.minZoom);
    const centre = map.unproject(map.project(anchorOf(feature), zoom).subtract([0, visibleCentreOffset(insets)]), zoom);
    map.setView(centre, zoom, fit.animate === false ? { animate: false } : {});
  } else {
    map.fitBounds(boundsOf([feature.geometry]), {
      maxZoom: fit.maxZoom,
      paddingTopLeft: [fit.padding, fit.padding + insets.top],
      paddingBottomRight: [fit.padding, fit.padding + insets.bottom],
      ...(fit.animate === false ? { animate: false } : {}),
    });
  }
}

/**
 * Keeps the chosen place in sight. A place chosen from the list or search: the map moves to it
 * (as it always has on wide screens). On phones, where a bottom sheet covers the foot of the map,
 * such moves centre the place in the part left visible; the first view of a `?place=` link is
 * fitted again above the sheet; and a place tapped on the map, or hidden when the sheet grows, is
 * panned up into sight.
 */
export function ShowPlace({ data, flyTo, selected, fittedFirst, cover, date }: ShowPlaceProps) {
  const sheet = cover?.sheet ?? null;
  const coveredBottom = cover?.coveredBottom;
  const map = useMap();
  const flown = useRef<number | undefined>(undefined);
  const refit = useRef(fittedFirst);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `date` is read by nothing here; a new one only re-checks that the place is still in sight (the sheet's content, and so its height, may change).
  useEffect(
    function showPlace() {
      const size = map.getSize();
      const hidden = sheet ? hiddenInsets(map.getContainer().getBoundingClientRect(), window.innerHeight, coveredBottom?.() ?? 0) : NO_INSETS;
      // Make room for the sheet only if some of the map is still to be seen (not scrolled away).
      const insets = hidden.top + hidden.bottom < size.y - 100 ? hidden : NO_INSETS;
      if (flyTo && flyTo.seq !== flown.current) {
        flown.current = flyTo.seq;
        refit.current = undefined;
        const feature = shapeOf(data, flyTo.id);
        if (!feature) return;
        // A jump, not a flight: the pop-up opens right after this effect and pans itself into view,
        // which an animation still under way would undo (or be undone by).
        fitPlace(map, feature, insets, { minZoom: 11, maxZoom: 12, padding: 24, animate: false });
        return;
      }
      if (refit.current !== selected) refit.current = undefined;
      const feature = selected && sheet ? shapeOf(data, selected) : undefined;
      if (!feature) return;
      if (refit.current) {
        // The same fit as the first view (map-view.tsx), above the sheet.
        refit.current = undefined;
        fitPlace(map, feature, insets, { minZoom: 0, maxZoom: 13, padding: 16, animate: false });
        return;
      }
      const at = map.latLngToContainerPoint(anchorOf(feature));
      const offset = offsetToReveal([at.x, at.y], [size.x, size.y], hidden);
      if (offset) map.panBy(offset);
    },
    [map, data, flyTo, selected, sheet, coveredBottom, date],
  );
  return null;
}
