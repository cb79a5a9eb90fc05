'use client';
import 'leaflet/dist/leaflet.css';
import { useMemo, useState } from 'react';
import { LayerGroup, LayersControl, MapContainer, Pane, Popup, ScaleControl, TileLayer } from 'react-leaflet';
import { PlacePopup } from '@/components/reports/place-popup';
import { escapeHtml } from '@/lib/html';
import { featureOf, type MapData, situationOn } from '@/lib/map-data';
import { EMPTY_TILE, FIRST_VIEW, PANE_Z } from '@/lib/map-settings';
import { anchorOf, boundsOf } from '@/lib/place-geometry';
import type { Status } from '@/lib/schemas';
import type { TileConfig } from '@/lib/tiles';
import { MAX_ZOOM, MIN_ZOOM, type UrlState } from '@/lib/url-state';
import { DataAttribution } from './data-attribution';
import { FlyToPlace } from './fly-to-place';
import type { SelectVia } from './map-app';
import { MapEvents } from './map-events';
import { MapLegend } from './map-legend';
import { OfflineBase } from './offline-base';
import { PlaceLayer } from './place-layer';
import { UncertaintyCircles } from './uncertainty-circles';
import { useColorScheme } from './use-media-query';

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
  const theme = useColorScheme();

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
        {Object.entries(PANE_Z).map(([key, z]) => (
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
        <OfflineBase data={data} theme={theme} />
        <DataAttribution html={credits} />
        <LayersControl position="topright" collapsed={narrow}>
          {data.layers.map((layer) => (
            <LayersControl.Overlay key={layer.id} name={layer.title} checked={visibleLayers.includes(layer.id)}>
              <LayerGroup>
                <PlaceLayer layer={layer} selected={state.place} statuses={statuses} theme={theme} onSelect={(id) => onSelect(id, 'map')} />
                <UncertaintyCircles layer={layer} theme={theme} />
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
      <MapLegend keys={legendKeys} initiallyOpen={!narrow} theme={theme} />
    </div>
  );
}
