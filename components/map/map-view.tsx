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
import type { SelectVia } from './map-app';
import { MapEvents } from './map-events';
import { MapLegend } from './map-legend';
import { OfflineBase } from './offline-base';
import { PlaceLayer } from './place-layer';
import { PopupClearance } from './popup-clearance';
import { ShowPlace } from './show-place';
import { TrackSize } from './track-size';
import { UncertaintyCircles } from './uncertainty-circles';
import { PHONE_QUERY, useColorScheme } from './use-media-query';

export interface MapViewProps {
  data: MapData;
  state: UrlState;
  /** The date the map shows the situation for (YYYY-MM-DD). */
  date: string;
  tiles: TileConfig;
  flyTo: { id: string; seq: number } | null;
  /** Show the selected place in a Leaflet pop-up (wide screens; phones use a bottom sheet). */
  popups: boolean;
  /** What covers the foot of the window on a phone ('place' or 'panel'), or null. */
  sheet: 'place' | 'panel' | null;
  /** How many pixels at the bottom of the window the sheet covers now. */
  coveredBottom: () => number;
  onSelect: (id: string | undefined, via: SelectVia) => void;
  onOpenPanel: (id: string) => void;
  onView: (zoom: number, center: [number, number]) => void;
  onLayers: (layers: string[]) => void;
}

/** The Leaflet map: offline base, optional tiles, the data layers, pop-up, scale and legend. */
export function MapView({ data, state, date, tiles, flyTo, popups, sheet, coveredBottom, onSelect, onOpenPanel, onView, onLayers }: MapViewProps) {
  const [initial] = useState(() => {
    if (state.zoom !== undefined && state.center) return { center: state.center, zoom: state.zoom };
    const place = state.place ? featureOf(data, state.place) : undefined;
    if (place?.geometry.type === 'Point') return { center: anchorOf(place), zoom: state.zoom ?? 12 };
    const geometries = place ? [place.geometry] : FIRST_VIEW.map((id) => featureOf(data, id)?.geometry).filter((g) => g !== undefined);
    return { bounds: boundsOf(geometries) };
  });
  // The first view shows the selected place, unless the URL sets the view: then a sheet must not hide it.
  const [fittedFirst] = useState(() => (state.zoom !== undefined && state.center ? undefined : state.place));
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
  // Decided once, when the map is made: Leaflet's layer control cannot change it later.
  const [narrow] = useState(() => window.matchMedia(PHONE_QUERY).matches);
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
        <TrackSize />
        <PopupClearance />
        <ShowPlace data={data} flyTo={flyTo} selected={state.place} fittedFirst={fittedFirst} sheet={sheet} coveredBottom={coveredBottom} date={date} />
        {popups && selected && popupAt && (
          <Popup
            key={selected.id}
            position={popupAt}
            closeButton={false}
            closeOnEscapeKey={false}
            closeOnClick={false}
            autoClose={false}
            maxWidth={360}
            minWidth={300}
            maxHeight={Math.round(window.innerHeight * 0.6)}
            autoPanPaddingTopLeft={[52, 12]}
            autoPanPaddingBottomRight={[12, 12]}
            // Both paddings and the height are then set from the controls' boxes (PopupClearance).
          >
            <PlacePopup place={selected} date={date} onOpenPanel={() => onOpenPanel(selected.id)} onClose={() => onSelect(undefined, 'map')} />
          </Popup>
        )}
      </MapContainer>
      <MapLegend keys={legendKeys} initiallyOpen={!narrow} theme={theme} />
    </div>
  );
}
