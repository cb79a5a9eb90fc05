'use client';
import dynamic from 'next/dynamic';
import { MapPlaceholder } from './map-placeholder';

/** The Leaflet island: loaded in the browser only (Leaflet reads `window` at import). */
export const MapLoader = dynamic(() => import('./map-view').then((m) => m.MapView), {
  ssr: false,
  loading: MapPlaceholder,
});
