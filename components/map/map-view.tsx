'use client';
import 'leaflet/dist/leaflet.css';
import { useMemo, useState } from 'react';
import { LayersControl, MapContainer, Pane } from 'react-leaflet';
import type { EmbedData } from '@/lib/bulk-points';
import type { Comparison } from '@/lib/compare';
import { creditHtml } from '@/lib/credits';
import { PANE_Z } from '@/lib/map-settings';
import type { Theme } from '@/lib/styles';
import type { TileConfig } from '@/lib/tiles';
import { MAX_ZOOM, MIN_ZOOM, type UrlState } from '@/lib/url-state';
import { BaseLayers } from './base-layers';
import { MapControls } from './map-controls';
import { DataAttribution } from './data-attribution';
import { deferControlUpdates } from './deferred-controls';
import { DataLayers } from './data-layers';
import { FlyToView, type ViewTarget } from './fly-to-view';
import { firstView } from '@/lib/first-view';
import { MapEvents } from './map-events';
import { MapLegend } from './map-legend';
import { OfflineBase } from './offline-base';
import { PopupClearance } from './popup-clearance';
import { SelectedPopup } from './selected-popup';
import { ShowPlace, type SheetCover } from './show-place';
import { AttributionClearance } from './attribution-clearance';
import { TrackSize } from './track-size';
import { useInTurn } from './use-in-turn';
import { useStableHandlers } from './use-stable-handlers';

/**
 * Windows in which the map's legend and layers control start folded to their buttons: phones, and
 * tablets, where beside the sidebar the map is under about 680 px wide and the two, both open,
 * covered nearly all of it (820 px: 480 px of map).
 */
const FOLDED_CONTROLS_QUERY = '(max-width: 1023px)';

// Leaflet's attribution and layers controls write their content once per change made in one go.
deferControlUpdates();

/** How a place was chosen: from the map itself, or from a list, search or host page (then the map moves to it). */
export type SelectVia = 'map' | 'list';

/** What the page around the map is told. Identity changes are harmless: the map calls the latest ones. */
export interface MapHandlers {
  onSelect: (id: string | undefined, via: SelectVia) => void;
  onOpenPanel: (id: string) => void;
  onView: (zoom: number, center: [number, number]) => void;
  onLayers: (layers: string[]) => void;
  /** The base map chosen in the switcher (lib/base-maps.ts). */
  onBase: (base: Pick<UrlState, 'tiles' | 'base'>) => void;
}

/** How this front end shows the map (the main page and the embed differ only here). */
export interface MapSettings {
  tiles: TileConfig;
  theme: Theme;
  /** Zoom buttons, the layers control, the scale and the legend. */
  controls: boolean;
  /** Show the selected place in a Leaflet pop-up (else the page shows it: the phone's sheet). */
  popups: boolean;
  /** Where the pop-up's "All reporting" links when the page has no panel for it. */
  allReportingHref?: string;
  /** The layers control and the legend start folded (a frame in an article); else only on phones. */
  compact?: boolean;
}

export interface MapViewProps {
  /** The map data; large point layers may come in bulk form (lib/bulk-points.ts). */
  data: EmbedData;
  state: UrlState;
  /** The date the map shows the situation for (YYYY-MM-DD). */
  date: string;
  settings: MapSettings;
  handlers: MapHandlers;
  /** A place chosen from a list, search or host page: the map moves to it (a new `seq`, a new move). */
  flyTo?: { id: string; seq: number } | null;
  /** On phones: what covers the foot of the window, so the selected place is kept in sight above it. */
  cover?: SheetCover;
  /** Compare mode's comparison (lib/compare.ts): the places that changed stand out, the others fade. */
  comparison?: Comparison;
  /** Story mode: the step's view (the map moves to each new one) and the place it highlights. */
  story?: { view: ViewTarget | null; highlight?: string };
}

/** The data's credits (the offline base's and every layer's, each once) as HTML for the attribution control. */
function dataCredits(data: EmbedData): string[] {
  const keys = new Set([...data.baseAttribution, ...data.layers.flatMap((l) => l.attribution)]);
  return [...keys]
    .map((key) => data.attributions[key])
    .filter((a) => a !== undefined)
    .map(creditHtml);
}

/** What is decided once, when the map is made. */
function useFirstView(data: EmbedData, state: UrlState) {
  const [initial] = useState(() => firstView(data, state));
  // The first view shows the selected place, unless the URL sets the view: then a sheet must not hide it.
  const [fittedFirst] = useState(() => (state.zoom !== undefined && state.center ? undefined : state.place));
  // Leaflet's layer control cannot change whether it is folded later.
  const [narrow] = useState(() => window.matchMedia(FOLDED_CONTROLS_QUERY).matches);
  return { initial, fittedFirst, narrow };
}

/**
 * The Leaflet map, the same in both front ends: offline base, the chosen base map's tiles, the data layers,
 * the selected place's pop-up, scale and legend.
 */
export function MapView({ data, state, date, settings, handlers, flyTo = null, cover, comparison, story }: MapViewProps) {
  const on = useStableHandlers(handlers);
  const { initial, fittedFirst, narrow } = useFirstView(data, state);
  const visibleLayers = state.layers ?? data.layers.map((l) => l.id);
  const credits = useMemo(() => dataCredits(data), [data]);
  // The data layers come one per task, then the base map's names (components/map/use-in-turn.ts).
  const drawn = useInTurn(data.layers.length);
  const legendKeys = data.layers.filter((l) => visibleLayers.includes(l.id)).map((l) => l.style);
  const { tiles, theme, controls } = settings;
  const folded = narrow || Boolean(settings.compact);
  const baseLayers = <BaseLayers tiles={tiles} state={state} withControl={controls} onBase={on.onBase} />;
  const dataLayers = (
    <DataLayers
      data={data}
      drawn={drawn}
      visible={visibleLayers}
      selected={state.place ?? story?.highlight}
      date={date}
      comparison={comparison}
      theme={theme}
      withControl={controls}
      onSelect={on.onSelect}
    />
  );

  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        {...('bounds' in initial
          ? { bounds: initial.bounds, boundsOptions: { padding: [16, 16], maxZoom: 13 } }
          : { center: initial.center, zoom: initial.zoom })}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        // Its own (MapControls), for its buttons' titles in the reader's language.
        zoomControl={false}
        // No fade: a replaced pop-up leaves at once (host pages and tests see one pop-up at a time).
        fadeAnimation={false}
        keyboard
        attributionControl
      >
        {Object.entries(PANE_Z).map(([key, z]) => (
          <Pane key={key} name={`pane-${key}`} style={{ zIndex: z }} />
        ))}
        <OfflineBase data={data} theme={theme} layersDrawn={drawn === data.layers.length} />
        <DataAttribution html={credits} />
        {controls ? (
          <LayersControl position="topright" collapsed={folded}>
            {baseLayers}
            {dataLayers}
          </LayersControl>
        ) : (
          <>
            {baseLayers}
            {dataLayers}
          </>
        )}
        <MapControls shown={controls} />
        <MapEvents layers={data.layers} initiallyVisible={visibleLayers} onView={on.onView} onLayers={on.onLayers} onSelect={on.onSelect} />
        <TrackSize />
        <AttributionClearance />
        <PopupClearance />
        <FlyToView target={story?.view ?? null} />
        <ShowPlace data={data} flyTo={flyTo} selected={state.place} fittedFirst={fittedFirst} cover={cover} date={date} />
        {settings.popups && (
          <SelectedPopup
            data={data}
            place={state.place}
            date={date}
            allReportingHref={settings.allReportingHref}
            onOpenPanel={on.onOpenPanel}
            onSelect={on.onSelect}
          />
        )}
      </MapContainer>
      {controls && <MapLegend keys={legendKeys} initiallyOpen={!folded} theme={theme} />}
    </div>
  );
}
