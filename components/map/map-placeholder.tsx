/** Shown where the map will be, on the server and while Leaflet loads: never an empty page. */
export function MapPlaceholder() {
  return (
    <div className="map-loading" role="status" aria-live="polite">
      <span className="map-loading-spinner" aria-hidden="true" />
      Loading the map… The places and their reporting are listed on this page.
    </div>
  );
}
