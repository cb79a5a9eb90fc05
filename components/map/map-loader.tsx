'use client';
import dynamic from 'next/dynamic';

/** The map's code (Leaflet and the layers): one request, asked for as soon as the page runs. */
export const loadMapView = () => import('./map-view').then((m) => m.MapView);

/** The Leaflet island: loaded in the browser only (Leaflet reads `window` at import). */
export const MapLoader = dynamic(loadMapView, {
  ssr: false,
  // While the map's code loads, the page's placeholder stays where it is (map-app.tsx MapFrame).
  loading: () => null,
});
