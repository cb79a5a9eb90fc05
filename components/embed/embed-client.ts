/**
 * The embed's client: Leaflet driven directly, without React, so that the page most readers load
 * stays light (bundled by scripts/build-embed.mjs into public/_embed/). It shares the data, style,
 * status and formatting modules with the main map.
 */
import 'leaflet/dist/leaflet.css';
import './embed.css';
import L from 'leaflet';
import type { EmbedOptions } from '@/lib/embed-options';
import { formatIsoDate } from '@/lib/format-date';
import { escapeHtml } from '@/lib/html';
import { type MapData, situationOn } from '@/lib/map-data';
import { BASE_PANE_Z, EMPTY_TILE, FIRST_VIEW, maxRankAt, PANE_Z } from '@/lib/map-settings';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import { BASE_STYLE, styleFor, UNCERTAINTY_STYLE } from '@/lib/styles';
import type { TileConfig } from '@/lib/tiles';
import type { PlaceFeature } from '@/lib/types';
import { isIsoDate, serializeUrlState } from '@/lib/url-state';
import { bindPlace } from '@/components/map/bind-place';
import { originAllowed, parseCommand, PREFIX } from './messages';
import { panelNode, popupNode } from './report-dom';

export interface EmbedConfig {
  data: MapData;
  options: EmbedOptions;
  tiles: TileConfig;
  /** Absolute URL of the full map page (without query). */
  fullMapUrl: string;
  /** Origins allowed to frame and command the map, or null for any. */
  allowedOrigins: string[] | null;
}

/**
 * Above this many Point features in all (our data has a handful; the 100,000-point bench in
 * scripts/bench/ has many), circle markers are drawn on one canvas per pane instead of one SVG
 * element each, and points get only their click (no hover tooltip, no keyboard wiring, which
 * needs an element): that keeps a map with 100,000 points pannable. Below it nothing changes.
 */
const BULK_POINTS = 2000;

function start(root: HTMLElement, config: EmbedConfig): void {
  const { data, options, tiles } = config;
  const state = { ...options.state, date: options.state.date ?? data.dateRange.max };
  const features = new Map<string, PlaceFeature>();
  for (const l of data.layers) for (const f of l.collection.features) features.set(f.id, f);
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
  const first = state.place ? features.get(state.place) : undefined;
  if (state.zoom !== undefined && state.center) map.setView(state.center, state.zoom);
  else if (first?.geometry.type === 'Point') map.setView(anchorOf(first), 12);
  else map.fitBounds(boundsOf(first ? [first.geometry] : FIRST_VIEW.map((id) => features.get(id)!.geometry)), { padding: [12, 12], maxZoom: 13 });

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
  const regions = data.layers.find((l) => l.style === 'region')?.collection.features.filter((f) => f.id !== 'donbas') ?? [];
  const river = data.layers.find((l) => l.style === 'river')?.collection.features ?? [];
  const theme = options.theme === 'dark' || (options.theme === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  const regionStyle = theme === 'dark' ? BASE_STYLE.regionDark : BASE_STYLE.region;
  L.geoJSON({ type: 'FeatureCollection', features: regions } as GeoJSON.FeatureCollection, { style: () => regionStyle, interactive: false, pane: 'fm-base' }).addTo(map);
  L.geoJSON({ type: 'FeatureCollection', features: data.base.features.filter((f) => f.properties.kind === 'country-border') } as GeoJSON.FeatureCollection, {
    style: () => BASE_STYLE.border,
    interactive: false,
    pane: 'fm-base',
  }).addTo(map);
  L.geoJSON({ type: 'FeatureCollection', features: river } as GeoJSON.FeatureCollection, { style: () => BASE_STYLE.river, interactive: false, pane: 'fm-base' }).addTo(map);
  const labels = L.layerGroup().addTo(map);
  const drawLabels = () => {
    labels.clearLayers();
    const maxRank = maxRankAt(map.getZoom());
    for (const f of data.base.features) {
      if (f.geometry.type !== 'Point' || f.properties.rank > maxRank) continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const town = f.properties.kind === 'town-label';
      L.circleMarker([lat, lng], { ...BASE_STYLE.town, radius: town ? 2.5 : 0, interactive: false, pane: 'fm-base' })
        .bindTooltip(f.properties.name, { permanent: true, direction: town ? 'right' : 'center', offset: town ? [4, 0] : [0, 0], className: `base-label base-label-${f.properties.kind} base-label-rank-${f.properties.rank}` })
        .addTo(labels);
    }
  };
  drawLabels();
  map.on('zoomend', drawLabels);

  // --- Data layers ---
  const statusOf = (id: string) => situationOn(data.places[id]!, state.date)?.status ?? null;
  const styleOf = (style: MapData['layers'][number]['style']) => (f?: GeoJSON.Feature) =>
    styleFor(style, null, { point: f?.geometry.type === 'Point', selected: f?.id === state.place, status: f ? statusOf(String(f.id)) : null, theme });
  const pointCount = data.layers.reduce((n, l) => n + l.collection.features.filter((f) => f.geometry.type === 'Point').length, 0);
  const canvases = new Map<string, L.Canvas>();
  const bulkRenderer = (pane: string) => {
    if (pointCount <= BULK_POINTS) return undefined;
    if (!canvases.has(pane)) canvases.set(pane, L.canvas({ pane }));
    return canvases.get(pane);
  };
  const overlays: Record<string, L.LayerGroup> = {};
  const geoLayers: { layer: L.GeoJSON; style: ReturnType<typeof styleOf> }[] = [];
  for (const layer of data.layers) {
    const group = L.layerGroup();
    const style = styleOf(layer.style);
    const pane = `fm-${layer.style}`;
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
    geo.addTo(group);
    for (const f of layer.collection.features) {
      if (f.geometry.type === 'Point' && f.properties.precision.type === 'approximate') {
        L.circle(anchorOf(f), { ...UNCERTAINTY_STYLE, radius: f.properties.precision.radius_m, interactive: false, pane, className: `uncertainty uncertainty-${f.id}` }).addTo(group);
      }
    }
    geoLayers.push({ layer: geo, style });
    overlays[layer.title] = group;
    if (!state.layers || state.layers.includes(layer.id)) group.addTo(map);
  }
  if (options.controls) {
    L.control.layers(undefined, overlays, { collapsed: true }).addTo(map);
    L.control.scale({ position: 'bottomright' }).addTo(map);
  }

  map.on('click', () => select(null));

  // --- Selection, pop-up, panel ---
  const panelSlot = root.querySelector<HTMLElement>('.fm-panel-slot')!;
  let popup: L.Popup | null = null;
  const fullMapHref = () => {
    const qs = serializeUrlState(state, data.layers.map((l) => l.id));
    return `${config.fullMapUrl}${qs ? `?${qs}` : ''}`;
  };
  const fullLink = root.querySelector<HTMLAnchorElement>('.fm-full');

  function openPanel(id: string) {
    panelSlot.replaceChildren(panelNode(data.places[id]!, data, state.date, closePanel));
    panelSlot.querySelector<HTMLElement>('h2')?.focus();
  }
  function closePanel() {
    panelSlot.replaceChildren();
  }

  function select(id: string | null, fromHost = false) {
    if (id !== null && !data.places[id]) return;
    state.place = id ?? undefined;
    closePanel();
    if (id && fromHost) {
      const f = features.get(id)!;
      if (f.geometry.type === 'Point') map.setView(anchorOf(f), Math.max(map.getZoom(), 11));
      else map.fitBounds(boundsOf([f.geometry]), { maxZoom: 12, padding: [16, 16] });
    }
    render();
    post({ type: `${PREFIX}place-selected`, place: id });
  }

  /** Draws the selection and the pop-up for the current state (place and date). */
  function render() {
    for (const g of geoLayers) g.layer.setStyle(g.style);
    if (popup) {
      popup.off('remove', onPopupRemoved);
      popup.remove();
      popup = null;
    }
    const id = state.place;
    if (id) {
      const place = data.places[id]!;
      const narrow = mapEl.clientWidth < 480;
      popup = L.popup({ maxWidth: narrow ? mapEl.clientWidth - 50 : 340, minWidth: Math.min(240, mapEl.clientWidth - 60), maxHeight: Math.round(mapEl.clientHeight * 0.75), autoPanPadding: [8, 8], closeButton: false, closeOnEscapeKey: true })
        .setLatLng(anchorOf(features.get(id)!))
        .setContent(
          popupNode(place, state.date, {
            onAllReporting: () => openPanel(id),
            onClose: () => select(null),
            allReportingHref: options.panel ? undefined : fullMapHref(),
          }),
        )
        .openOn(map);
      popup.on('remove', onPopupRemoved);
      (popup.getElement()?.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
    }
    if (fullLink) fullLink.href = fullMapHref();
  }
  function onPopupRemoved() {
    popup = null;
    state.place = undefined;
    for (const g of geoLayers) g.layer.setStyle(g.style);
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
    if (rerender) render();
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

