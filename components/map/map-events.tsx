'use client';
import { useRef } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { MapHandlers } from './map-view';

/** Reports pans, zooms and layer toggles so the URL can follow. */
interface MapEventsProps extends Pick<MapHandlers, 'onView' | 'onLayers' | 'onSelect'> {
  layers: readonly { id: string; title: string }[];
  initiallyVisible: string[];
}

export function MapEvents({ layers, initiallyVisible, onView, onLayers, onSelect }: MapEventsProps) {
  const visible = useRef(new Set(initiallyVisible));
  const map = useMapEvents({
    moveend() {
      const c = map.getCenter();
      onView(map.getZoom(), [c.lat, c.lng]);
    },
    overlayadd(e) {
      const id = layers.find((l) => l.title === e.name)?.id;
      if (id) visible.current.add(id);
      onLayers(layers.map((l) => l.id).filter((lid) => visible.current.has(lid)));
    },
    overlayremove(e) {
      const id = layers.find((l) => l.title === e.name)?.id;
      if (id) visible.current.delete(id);
      onLayers(layers.map((l) => l.id).filter((lid) => visible.current.has(lid)));
    },
    click() {
      onSelect(undefined, 'map');
    },
  });
  return null;
}
