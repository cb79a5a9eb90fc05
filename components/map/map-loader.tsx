'use client';
import dynamic from 'next/dynamic';

/** Placeholder shown on the server and while Leaflet loads: never an empty page. */
export function MapPlaceholder() {
  return (
    <div className="map-loading" role="status" aria-live="polite">
      <span className="map-loading-spinner" aria-hidden="true" />
      Loading the map… The list of places and their reporting is available beside it.
    </div>
  );
}

/** The Leaflet island: loaded in the browser only (Leaflet reads `window` at import). */
export const MapLoader = dynamic(() => import('./map-view').then((m) => m.MapView), {
  ssr: false,
  loading: MapPlaceholder,
});
