'use client';
import { useRef } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { MapHandlers } from './map-view';
import { useLocale } from 'next-intl';
import { layerTitle } from '@/lib/i18n';

/** Reports pans, zooms and layer toggles so the URL can follow. */
interface MapEventsProps extends Pick<MapHandlers, 'onView' | 'onLayers' | 'onSelect'> {
  layers: readonly { id: string; title: string; title_uk: string }[];
  initiallyVisible: string[];
}

export function MapEvents({ layers, initiallyVisible, onView, onLayers, onSelect }: MapEventsProps) {
  const visible = useRef(new Set(initiallyVisible));
  // Leaflet's layer switcher names each layer by its title in the reader's language (data-layers.tsx).
  const locale = useLocale();
  const idOf = (name: string) => layers.find((l) => layerTitle(l, locale) === name)?.id;
  const map = useMapEvents({
    moveend() {
      const c = map.getCenter();
      onView(map.getZoom(), [c.lat, c.lng]);
    },
    overlayadd(e) {
      const id = idOf(e.name);
      if (id) visible.current.add(id);
      onLayers(layers.map((l) => l.id).filter((lid) => visible.current.has(lid)));
    },
    overlayremove(e) {
      const id = idOf(e.name);
      if (id) visible.current.delete(id);
      onLayers(layers.map((l) => l.id).filter((lid) => visible.current.has(lid)));
    },
    click() {
      onSelect(undefined, 'map');
    },
  });
  return null;
}
