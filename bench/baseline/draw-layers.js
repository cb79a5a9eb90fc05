// The baseline's map: the fetched layers drawn with Leaflet alone (bench/baseline/index.html).
// Leaflet's global, set by leaflet.js, which the page loads before this deferred script.
const L = window.L;
document.addEventListener('DOMContentLoaded', () => {
  window.layersLoaded.then((collections) => {
    const map = L.map('map');
    const first = ['lysychansk', 'severodonetsk', 'bakhmut'];
    const all = collections.flatMap((c) => c.features);
    const focus = all.filter((f) => first.indexOf(f.id) >= 0);
    map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features: focus.length ? focus : all }).getBounds(), {
      padding: [12, 12],
      maxZoom: 13,
    });
    collections.forEach((c) => {
      L.geoJSON(c, { pointToLayer: (_f, latlng) => L.circleMarker(latlng, { radius: 6 }) }).addTo(map);
    });
  });
});
