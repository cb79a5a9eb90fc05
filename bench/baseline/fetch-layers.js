// The baseline's layer fetches, started before leaflet.js loads (bench/baseline/index.html).
window.layersLoaded = Promise.all(
  (new URLSearchParams(location.search).get('layers') || '')
    .split(',')
    .filter(Boolean)
    .map((id) => fetch(`/api/layers/${encodeURIComponent(id)}`).then((r) => r.json())),
);
