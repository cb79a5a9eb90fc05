'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { featureOf, type MapData } from '@/lib/map-data';
import { anchorOf, boundsOf } from '@/lib/place-geometry';

/** Moves the map to a place chosen from the list or search. */
export function FlyToPlace({ data, flyTo }: { data: MapData; flyTo: { id: string; seq: number } | null }) {
  const map = useMap();
  useEffect(
    function moveToPlace() {
      const feature = flyTo && featureOf(data, flyTo.id);
      if (!feature) return;
      if (feature.geometry.type === 'Point') map.setView(anchorOf(feature), Math.max(map.getZoom(), 11));
      else map.fitBounds(boundsOf([feature.geometry]), { maxZoom: 12, padding: [24, 24] });
    },
    [map, data, flyTo],
  );
  return null;
}

