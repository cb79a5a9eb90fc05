/**
 * The embed's client: Leaflet driven directly, without React, so that the page most readers load
 * stays light (bundled by scripts/build-embed.mjs into public/_embed/). It shares the data, style,
 * status and formatting modules with the main map.
 */
import 'leaflet/dist/leaflet.css';
import './embed.css';
import L from 'leaflet';
import { BULK_POINTS, type BulkPointLayer, bulkLatLng, isBulkLayer } from '@/lib/bulk-points';
import type { EmbedConfig } from '@/lib/embed-config';
import { formatIsoDate } from '@/lib/format-date';
import { escapeHtml } from '@/lib/html';
import { type MapLayer, situationOn } from '@/lib/map-data';
import { BASE_PANE_Z, EMPTY_TILE, FIRST_VIEW, maxRankAt, PANE_Z } from '@/lib/map-settings';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import { baseStyles, styleFor, uncertaintyStyle } from '@/lib/styles';
import type { PlaceFeature } from '@/lib/types';
import { isIsoDate, serializeUrlState } from '@/lib/url-state';
import { bindPlace } from '@/components/map/bind-place';
import { originAllowed, parseCommand, PREFIX } from './messages';
import { BulkPointsLayer, type PointClickEvent } from '@/components/map/bulk-points-layer';
import { afterFirstFrame, deferPermanentTooltips } from './deferred-labels';
import { bareFeaturePopupNode, panelNode, popupNode } from './report-dom';

function start(root: HTMLElement, config: EmbedConfig): void {
  const { data, options, tiles } = config;
  const state = { ...options.state, date: options.state.date ?? data.dateRange.max };
  const mapLayers = data.layers.filter((l): l is MapLayer => !isBulkLayer(l));
  const bulkLayers = data.layers.filter(isBulkLayer);
  const features = new Map<string, PlaceFeature>();
  for (const l of mapLayers) for (const f of l.collection.features) features.set(f.id, f);
  /** Bulk points by id: built on first use (a bulk point selected by id), not at start-up. */
  let bulkIndex: Map<string, { layer: BulkPointLayer; i: number }> | null = null;
  const bulkPoint = (id: string) => {
    if (!bulkLayers.length) return undefined;
    if (!bulkIndex) {
      const index = new Map<string, { layer: BulkPointLayer; i: number }>();
      for (const layer of bulkLayers) layer.points.ids.forEach((pid, i) => index.set(pid, { layer, i }));
      bulkIndex = index;
    }
    return bulkIndex.get(id);
  };
  /** [lat, lng] where a place's pop-up opens; whether it is a point (framed by zoom, not bounds). */
  const anchorAt = (id: string): { latlng: [number, number]; point: boolean } => {
    const f = features.get(id);
    if (f) return { latlng: anchorOf(f), point: f.geometry.type === 'Point' };
    const b = bulkPoint(id)!;
    return { latlng: bulkLatLng(b.layer.points, b.i), point: true };
  };
  const known = (id: string) => Boolean(data.places[id] ?? bulkPoint(id));
  const inFrame = window.parent !== window;

  const post = (message: Record<string, unknown>) => {
    if (!inFrame) return;
    const targets = config.allowedOrigins ?? ['*'];
    for (const origin of targets) window.parent.postMessage(message, origin);
  };

  // --- Map and base ---
  const mapEl = root.querySelector<HTMLElement>('.fm-map')!;
  mapEl.textContent = '';
  // No fade: a replaced pop-up leaves at once (host pages and tests see one pop-up at a time).
  const map = L.map(mapEl, { zoomControl: options.controls, keyboard: true, minZoom: 5, maxZoom: 18, fadeAnimation: false });
  const first = state.place && known(state.place) ? anchorAt(state.place) : undefined;
  const firstShape = state.place ? features.get(state.place)?.geometry : undefined;
  if (state.zoom !== undefined && state.center) map.setView(state.center, state.zoom);
  else if (first?.point) map.setView(first.latlng, 12);
  else map.fitBounds(boundsOf(firstShape ? [firstShape] : FIRST_VIEW.map((id) => features.get(id)!.geometry)), { padding: [12, 12], maxZoom: 13 });

  map.createPane('fm-base').style.zIndex = String(BASE_PANE_Z);
  for (const [key, z] of Object.entries(PANE_Z)) map.createPane(`fm-${key}`).style.zIndex = String(z);
  if (state.tiles && tiles.url) {
    L.tileLayer(tiles.url, { attribution: '', errorTileUrl: EMPTY_TILE, maxZoom: 19, crossOrigin: '' }).addTo(map);
    map.attributionControl.addAttribution(linkHtml(tiles.attributionUrl, tiles.attribution));
  }
  for (const key of new Set([...data.baseAttribution, ...data.layers.flatMap((l) => l.attribution)])) {
    const a = data.attributions[key];
    if (a) map.attributionControl.addAttribution(linkHtml(a.url, a.text));
  }
  const regions = mapLayers.find((l) => l.style === 'region')?.collection.features.filter((f) => f.id !== 'donbas') ?? [];
  const river = mapLayers.find((l) => l.style === 'river')?.collection.features ?? [];
  const theme = options.theme === 'dark' || (options.theme === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  const base = baseStyles(theme);
  L.geoJSON({ type: 'FeatureCollection', features: regions } as GeoJSON.FeatureCollection, { style: () => base.region, interactive: false, pane: 'fm-base' }).addTo(map);
  L.geoJSON({ type: 'FeatureCollection', features: data.base.features.filter((f) => f.properties.kind === 'country-border') } as GeoJSON.FeatureCollection, {
    style: () => base.border,
    interactive: false,
    pane: 'fm-base',
  }).addTo(map);
  L.geoJSON({ type: 'FeatureCollection', features: river } as GeoJSON.FeatureCollection, { style: () => base.river, interactive: false, pane: 'fm-base' }).addTo(map);
  const labels = L.layerGroup().addTo(map);
  const drawLabels = () => {
    labels.clearLayers();
    const maxRank = maxRankAt(map.getZoom());
    for (const f of data.base.features) {
      if (f.geometry.type !== 'Point' || f.properties.rank > maxRank) continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const town = f.properties.kind === 'town-label';
      L.circleMarker([lat, lng], { ...base.town, radius: town ? 2.5 : 0, interactive: false, pane: 'fm-base' })
        .bindTooltip(f.properties.name, { permanent: true, direction: town ? 'right' : 'center', offset: town ? [4, 0] : [0, 0], className: `base-label base-label-${f.properties.kind} base-label-rank-${f.properties.rank}` })
        .addTo(labels);
    }
  };
  map.on('zoomend', drawLabels);

  // --- Data layers ---
  /** A place's status on the date; null when none is reported (or the point has no reporting at all). */
  const statusOf = (id: string) => {
    const place = data.places[id];
    return place ? situationOn(place, state.date)?.status ?? null : null;
  };
  const styleOf = (style: MapLayer['style']) => (f?: GeoJSON.Feature) =>
    styleFor(style, null, { point: f?.geometry.type === 'Point', selected: f?.id === state.place, status: f ? statusOf(String(f.id)) : null, theme });
  // Bulk layers are canvas-drawn already; this counts the points drawn as Leaflet circle markers.
  const pointCount = mapLayers.reduce((n, l) => n + l.collection.features.filter((f) => f.geometry.type === 'Point').length, 0);
  const canvases = new Map<string, L.Canvas>();
  const bulkRenderer = (pane: string) => {
    if (pointCount <= BULK_POINTS) return undefined;
    if (!canvases.has(pane)) canvases.set(pane, L.canvas({ pane }));
    return canvases.get(pane);
  };
  const overlays: Record<string, L.LayerGroup> = {};
  const geoLayers: { layer: L.GeoJSON; style: ReturnType<typeof styleOf> }[] = [];
  const bulkViews: { layer: BulkPointsLayer; points: BulkPointLayer['points'] }[] = [];
  const restoreLabels: (() => void)[] = [];
  const uncertainty = (id: string, latlng: [number, number], radius: number, pane: string) =>
    L.circle(latlng, { ...uncertaintyStyle(theme), radius, interactive: false, pane, className: `uncertainty uncertainty-${id}` });
  for (const layer of data.layers) {
    const group = L.layerGroup();
    const pane = `fm-${layer.style}`;
    overlays[layer.title] = group;
    if (isBulkLayer(layer)) {
      const { points } = layer;
      // Points with a MapPlace (reporting, or an approximate position) may have a status and a circle of their own.
      const placed = points.ids.flatMap((id, i) => (data.places[id] ? [i] : []));
      const pointStyle = (i: number | null, selected = false) =>
        styleFor(layer.style, null, { point: true, selected, status: i === null ? null : statusOf(points.ids[i]!), theme });
      const bulk = new BulkPointsLayer(points, { pane, layerId: layer.id, style: pointStyle(null), special: placed, styleAt: pointStyle });
      bulk.on('pointclick', (e) => select(points.ids[(e as PointClickEvent).index]!));
      bulk.addTo(group);
      for (const i of placed) {
        const place = data.places[points.ids[i]!]!;
        if (place.precision.type === 'approximate') uncertainty(place.id, bulkLatLng(points, i), place.precision.radius_m, pane).addTo(group);
      }
      bulkViews.push({ layer: bulk, points });
      if (!state.layers || state.layers.includes(layer.id)) group.addTo(map);
      continue;
    }
    const style = styleOf(layer.style);
    const geo = L.geoJSON(layer.collection as GeoJSON.FeatureCollection, {
      style,
      pane,
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...style(f), pane, renderer: bulkRenderer(pane) }),
      onEachFeature: (f, sub) => {
        const id = String(f.id);
        // A canvas-drawn point in a bulk map (see BULK_POINTS) has no element: a click only.
        if (f.geometry.type === 'Point' && pointCount > BULK_POINTS) sub.on('click', (e) => (L.DomEvent.stopPropagation(e), select(id)));
        else bindPlace(sub as L.Path, id, f.properties as PlaceFeature['properties'], (placeId) => select(placeId));
      },
    });
    restoreLabels.push(deferPermanentTooltips(geo));
    geo.addTo(group);
    for (const f of layer.collection.features) {
      if (f.geometry.type === 'Point' && f.properties.precision.type === 'approximate') uncertainty(f.id, anchorOf(f), f.properties.precision.radius_m, pane).addTo(group);
    }
    geoLayers.push({ layer: geo, style });
    if (!state.layers || state.layers.includes(layer.id)) group.addTo(map);
  }
  if (options.controls) {
    L.control.layers(undefined, overlays, { collapsed: true }).addTo(map);
    L.control.scale({ position: 'bottomright' }).addTo(map);
  }

  map.on('click', () => select(null));
  // The labels (base-map names, city labels) come after the first frame of the layers.
  afterFirstFrame(function drawAllLabels() {
    drawLabels();
    for (const restore of restoreLabels) restore();
  });

  // --- Selection, pop-up, panel ---
  const panelSlot = root.querySelector<HTMLElement>('.fm-panel-slot')!;
  let popup: L.Popup | null = null;
  const fullMapHref = () => {
    const qs = serializeUrlState(state, data.layers.map((l) => l.id));
    return `${config.fullMapUrl}${qs ? `?${qs}` : ''}`;
  };
  const fullLink = root.querySelector<HTMLAnchorElement>('.fm-full');

  function openPanel(id: string) {
    const place = data.places[id];
    if (!place) return;
    panelSlot.replaceChildren(panelNode(place, data, state.date, theme, closePanel));
    panelSlot.querySelector<HTMLElement>('h2')?.focus();
  }
  function closePanel() {
    panelSlot.replaceChildren();
  }

  function select(id: string | null, fromHost = false) {
    if (id !== null && !known(id)) return;
    state.place = id ?? undefined;
    closePanel();
    if (id && fromHost) {
      const a = anchorAt(id);
      if (a.point) map.setView(a.latlng, Math.max(map.getZoom(), 11));
      else map.fitBounds(boundsOf([features.get(id)!.geometry]), { maxZoom: 12, padding: [16, 16] });
    }
    render();
    post({ type: `${PREFIX}place-selected`, place: id });
  }

  /** Draws the selection and the pop-up for the current state (place and date). */
  function render() {
    for (const g of geoLayers) g.layer.setStyle(g.style);
    const selectedBulk = state.place && !features.has(state.place) ? bulkPoint(state.place) : undefined;
    for (const b of bulkViews) b.layer.setSelected(selectedBulk?.layer.points === b.points ? selectedBulk.i : -1);
    if (popup) {
      popup.off('remove', onPopupRemoved);
      popup.remove();
      popup = null;
    }
    const id = state.place;
    if (id && (data.places[id] || selectedBulk)) {
      const place = data.places[id];
      const narrow = mapEl.clientWidth < 480;
      // A bulk point without a MapPlace has no reporting: its pop-up names it and says so.
      const content = place
        ? popupNode(place, state.date, { onAllReporting: () => openPanel(id), onClose: () => select(null), allReportingHref: options.panel ? undefined : fullMapHref(), theme })
        : bareFeaturePopupNode(id, selectedBulk!.layer.points.names[selectedBulk!.i]!, () => select(null));
      popup = L.popup({ maxWidth: narrow ? mapEl.clientWidth - 50 : 340, minWidth: Math.min(240, mapEl.clientWidth - 60), maxHeight: Math.round(mapEl.clientHeight * 0.75), autoPanPadding: [8, 8], closeButton: false, closeOnEscapeKey: true })
        .setLatLng(anchorAt(id).latlng)
        .setContent(content)
        .openOn(map);
      popup.on('remove', onPopupRemoved);
      (popup.getElement()?.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
    }
    if (fullLink) fullLink.href = fullMapHref();
  }
  // Escape closes the panel, then the pop-up (Leaflet's own Escape only works while the map
  // itself has focus, and focus moves into the pop-up when it opens); focus returns to the map.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (panelSlot.firstChild) closePanel();
    else if (popup) select(null);
    else return;
    event.preventDefault();
    (popup?.getElement()?.querySelector<HTMLElement>('h2') ?? mapEl).focus({ preventScroll: true });
  });
  function onPopupRemoved() {
    popup = null;
    state.place = undefined;
    for (const g of geoLayers) g.layer.setStyle(g.style);
    for (const b of bulkViews) b.layer.setSelected(-1);
    if (fullLink) fullLink.href = fullMapHref();
    post({ type: `${PREFIX}place-selected`, place: null });
  }

  // --- Date ---
  const dateLabel = root.querySelector<HTMLElement>('.fm-date-label');
  const prev = root.querySelector<HTMLButtonElement>('.fm-prev');
  const next = root.querySelector<HTMLButtonElement>('.fm-next');
  function setDate(date: string, rerender = true) {
    const { min, max } = data.dateRange;
    if (!isIsoDate(date) || date < min || date > max) return;
    state.date = date;
    if (dateLabel) dateLabel.textContent = formatIsoDate(date);
    const p = [...data.dates].reverse().find((d) => d < date);
    const n = data.dates.find((d) => d > date);
    if (prev) prev.disabled = !p;
    if (next) next.disabled = !n;
    if (prev) prev.dataset.target = p ?? '';
    if (next) next.dataset.target = n ?? '';
    if (rerender) {
      for (const b of bulkViews) b.layer.restyle();
      render();
    }
  }
  prev?.addEventListener('click', () => prev.dataset.target && setDate(prev.dataset.target));
  next?.addEventListener('click', () => next.dataset.target && setDate(next.dataset.target));
  setDate(state.date, false);

  // --- Host page: commands in, events and height out ---
  window.addEventListener('message', (event) => {
    if (!inFrame || event.source !== window.parent || !originAllowed(event.origin, config.allowedOrigins)) return;
    const command = parseCommand(event.data);
    if (command?.type === 'frontline-map:select-place') select(command.place, true);
    else if (command?.type === 'frontline-map:set-date') setDate(command.date);
  });
  let lastHeight = 0;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: `${PREFIX}height`, height });
    }
  };
  new ResizeObserver(sendHeight).observe(document.body);
  root.classList.add('fm-ready');
  render();
  sendHeight();
  post({ type: `${PREFIX}ready`, places: data.placeOrder, date: state.date });
}

function linkHtml(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
}

const root = document.getElementById('frontline-embed');
const configEl = document.getElementById('fm-config');
if (root && configEl?.textContent) start(root, JSON.parse(configEl.textContent) as EmbedConfig);

