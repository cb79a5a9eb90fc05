'use client';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Circle, LayerGroup, LayersControl, MapContainer, Pane, Popup, ScaleControl, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { PlacePopup } from '@/components/reports/place-popup';
import { type MapData, type MapLayer, situationOn } from '@/lib/map-data';
import type { Status } from '@/lib/schemas';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import { UNCERTAINTY_STYLE, type StyleKey } from '@/lib/styles';
import type { TileConfig } from '@/lib/tiles';
import type { PlaceFeature } from '@/lib/types';
import { MAX_ZOOM, MIN_ZOOM, type UrlState } from '@/lib/url-state';
import type { SelectVia } from './map-app';
import { MapLegend } from './map-legend';
import { OfflineBase } from './offline-base';
import { PlaceLayer } from './place-layer';

export interface MapViewProps {
  data: MapData;
  state: UrlState;
  /** The date the map shows the situation for (YYYY-MM-DD). */
  date: string;
  tiles: TileConfig;
  flyTo: { id: string; seq: number } | null;
  onSelect: (id: string | undefined, via: SelectVia) => void;
  onOpenPanel: (id: string) => void;
  onView: (zoom: number, center: [number, number]) => void;
  onLayers: (layers: string[]) => void;
}

/** The places the first view frames. */
const FIRST_VIEW = ['lysychansk', 'severodonetsk', 'bakhmut'];
/** A transparent pixel shown instead of a tile that failed to load (no broken-image icons). */
const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** Drawing order, bottom to top. */
const PANES: Record<StyleKey, number> = { region: 405, city: 410, river: 415, bridge: 420, facility: 425 };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function featureOf(data: MapData, id: string): PlaceFeature | undefined {
  const place = data.places[id];
  return data.layers.find((l) => l.id === place?.layer)?.collection.features.find((f) => f.id === id);
}

/** Moves the map to a place chosen from the list or search. */
function FlyToPlace({ data, flyTo }: { data: MapData; flyTo: MapViewProps['flyTo'] }) {
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

/** Credits every data source once, whichever layers are on (Leaflet dedupes identical strings only). */
function DataAttribution({ html }: { html: string[] }) {
  const map = useMap();
  useEffect(
    function addCredits() {
      const control = map.attributionControl;
      for (const h of html) control?.addAttribution(h);
      return function removeCredits() {
        for (const h of html) control?.removeAttribution(h);
      };
    },
    [map, html],
  );
  return null;
}

/** Reports pans, zooms and layer toggles so the URL can follow. */
interface MapEventsProps extends Pick<MapViewProps, 'onView' | 'onLayers' | 'onSelect'> {
  layers: MapLayer[];
  initiallyVisible: string[];
}

function MapEvents({ layers, initiallyVisible, onView, onLayers, onSelect }: MapEventsProps) {
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

/** Dashed circles around sites whose position is approximate. */
function UncertaintyCircles({ layer }: { layer: MapLayer }) {
  return (
    <>
      {layer.collection.features.map((f) =>
        f.geometry.type === 'Point' && f.properties.precision.type === 'approximate' ? (
          <Circle
            key={f.id}
            center={anchorOf(f)}
            radius={f.properties.precision.radius_m}
            pathOptions={{ ...UNCERTAINTY_STYLE, interactive: false, className: `uncertainty uncertainty-${f.id}` }}
            pane={`pane-${layer.style}`}
          />
        ) : null,
      )}
    </>
  );
}

/** The Leaflet map: offline base, optional tiles, the data layers, pop-up, scale and legend. */
export function MapView({ data, state, date, tiles, flyTo, onSelect, onOpenPanel, onView, onLayers }: MapViewProps) {
  const [initial] = useState(() => {
    if (state.zoom !== undefined && state.center) return { center: state.center, zoom: state.zoom };
    const place = state.place ? featureOf(data, state.place) : undefined;
    if (place?.geometry.type === 'Point') return { center: anchorOf(place), zoom: state.zoom ?? 12 };
    const geometries = place ? [place.geometry] : FIRST_VIEW.map((id) => featureOf(data, id)?.geometry).filter((g) => g !== undefined);
    return { bounds: boundsOf(geometries) };
  });
  const visibleLayers = state.layers ?? data.layers.map((l) => l.id);
  const credits = useMemo(() => {
    const keys = new Set([...data.baseAttribution, ...data.layers.flatMap((l) => l.attribution)]);
    return [...keys]
      .map((key) => data.attributions[key])
      .filter((a) => a !== undefined)
      .map((a) => `<a href="${escapeHtml(a.url)}">${escapeHtml(a.text)}</a>`);
  }, [data]);
  const selected = state.place ? data.places[state.place] : undefined;
  const selectedFeature = state.place ? featureOf(data, state.place) : undefined;
  // A stable position: react-leaflet re-opens the pop-up whenever `position` changes identity.
  const popupAt = useMemo(() => (selectedFeature ? anchorOf(selectedFeature) : undefined), [selectedFeature]);
  const statuses = useMemo(() => {
    const out: Record<string, Status | null> = {};
    for (const id of data.placeOrder) out[id] = situationOn(data.places[id]!, date)?.status ?? null;
    return out;
  }, [data, date]);
  const legendKeys = data.layers.filter((l) => visibleLayers.includes(l.id)).map((l) => l.style);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 600;

  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        {...('bounds' in initial ? { bounds: initial.bounds, boundsOptions: { padding: [16, 16], maxZoom: 13 } } : { center: initial.center, zoom: initial.zoom })}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        keyboard
        attributionControl
      >
        {Object.entries(PANES).map(([key, z]) => (
          <Pane key={key} name={`pane-${key}`} style={{ zIndex: z }} />
        ))}
        {state.tiles && tiles.url && (
          <TileLayer
            url={tiles.url}
            attribution={`<a href="${escapeHtml(tiles.attributionUrl)}">${escapeHtml(tiles.attribution)}</a>`}
            errorTileUrl={EMPTY_TILE}
            maxZoom={19}
            crossOrigin=""
          />
        )}
        <OfflineBase data={data} />
        <DataAttribution html={credits} />
        <LayersControl position="topright" collapsed={narrow}>
          {data.layers.map((layer) => (
            <LayersControl.Overlay key={layer.id} name={layer.title} checked={visibleLayers.includes(layer.id)}>
              <LayerGroup>
                <PlaceLayer layer={layer} selected={state.place} statuses={statuses} onSelect={(id) => onSelect(id, 'map')} />
                <UncertaintyCircles layer={layer} />
              </LayerGroup>
            </LayersControl.Overlay>
          ))}
        </LayersControl>
        <ScaleControl position="bottomright" imperial metric />
        <MapEvents layers={data.layers} initiallyVisible={visibleLayers} onView={onView} onLayers={onLayers} onSelect={onSelect} />
        <FlyToPlace data={data} flyTo={flyTo} />
        {selected && popupAt && (
          <Popup
            key={selected.id}
            position={popupAt}
            closeButton={false}
            closeOnEscapeKey={false}
            closeOnClick={false}
            autoClose={false}
            maxWidth={narrow ? Math.max(220, window.innerWidth - 60) : 360}
            minWidth={narrow ? Math.min(260, window.innerWidth - 60) : 300}
            maxHeight={typeof window !== 'undefined' ? Math.round(window.innerHeight * (narrow ? 0.45 : 0.6)) : 400}
            autoPanPaddingTopLeft={narrow ? [8, 84] : [52, 12]}
            autoPanPaddingBottomRight={[12, 12]}
          >
            <PlacePopup place={selected} date={date} onOpenPanel={() => onOpenPanel(selected.id)} onClose={() => onSelect(undefined, 'map')} />
          </Popup>
        )}
      </MapContainer>
      <MapLegend keys={legendKeys} initiallyOpen={!narrow} />
    </div>
  );
}
