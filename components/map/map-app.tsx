'use client';
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { useMapData } from '@/components/data/use-data-file';
import { PlaceList } from '@/components/places/place-list';
import { PlaceSheet } from '@/components/reports/place-sheet';
import { ReportPanel } from '@/components/reports/report-panel';
import { PlaceSearch } from '@/components/places/place-search';
import { ShareDialog } from '@/components/share/share-dialog';
import { containerOf, type MapShell } from '@/lib/map-data';
import type { TileConfig } from '@/lib/tiles';
import { isPlausiblePlaceId, type UrlState } from '@/lib/url-state';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { loadMapView, MapLoader } from './map-loader';
import { MapPlaceholder } from './map-placeholder';
import type { MapHandlers, MapSettings } from './map-view';
import type { SheetCover } from './show-place';
import { PHONE_QUERY, useColorScheme, useMediaQuery } from './use-media-query';
import { useSelection } from './use-selection';
import { usePageTitle } from './use-page-title';
import { useUrlState } from './use-url-state';

export interface MapAppProps {
  shell: MapShell;
  initial: UrlState;
  tiles: TileConfig;
  /** The place list as the server rendered it, shown until the map's data file is here. */
  children: ReactNode;
}

/**
 * The page's client shell: holds the URL state, loads the map's data file (lib/data-files.ts),
 * and joins the map, the search, the place list and the reporting panel. Until the data is here the
 * server's rendering of the list stands in (it reads without JavaScript). On phones the selected
 * place's reporting opens in the panel's bottom sheet instead of a pop-up over the map.
 */
export function MapApp({ shell, initial, tiles, children: serverList }: MapAppProps) {
  const { value: data } = useMapData(shell.dataUrl);
  // The map's code and its data load side by side, not one after the other.
  useEffect(() => {
    void loadMapView();
  }, []);
  const allLayers = shell.layerIds;
  const known = useMemo(
    () => ({ places: data?.placeOrder ?? isPlausiblePlaceId, layers: allLayers, dateRange: shell.dateRange }),
    [data, allLayers, shell.dateRange],
  );
  const [state, update] = useUrlState(initial, known, allLayers);
  // The URL's place was taken on trust until the data came: a place it does not have is dropped.
  useEffect(() => {
    if (data && state.place && !Object.hasOwn(data.places, state.place)) update({ place: undefined }, 'replace');
  }, [data, state.place, update]);
  const setPlace = useCallback((id: string | undefined) => update({ place: id }, 'push'), [update]);
  const { select, flyTo, panelFor, openPanel, closePanel, closePlace } = useSelection(state.place, setPlace);
  const phone = useMediaQuery(PHONE_QUERY);
  const dock = useRef<HTMLDivElement>(null);
  const coveredBottom = useCallback(() => {
    const box = dock.current?.getBoundingClientRect();
    return box && box.height > 0 ? Math.max(0, window.innerHeight - box.top) : 0;
  }, []);

  const setDate = useCallback((d: string) => update({ date: d }, 'replace'), [update]);

  const panelPlace = panelFor ? data?.places[panelFor] : undefined;
  const sheetPlace = phone && state.place ? data?.places[state.place] : undefined;
  const sheet: SheetCover['sheet'] = sheetPlace ? (panelPlace ? 'panel' : 'place') : null;
  const date = state.date ?? shell.dateRange.max;
  const theme = useColorScheme();
  const settings = useMemo<MapSettings>(() => ({ tiles, theme, controls: true, popups: !phone }), [tiles, theme, phone]);
  const handlers = useMemo<MapHandlers>(
    () => ({
      onSelect: select,
      onOpenPanel: openPanel,
      onView: (zoom, center) => update({ zoom, center }, 'replace'),
      onLayers: (layers) => update({ layers }, 'replace'),
    }),
    [select, openPanel, update],
  );
  const cover = useMemo<SheetCover>(() => ({ sheet, coveredBottom }), [sheet, coveredBottom]);
  const placeName = state.place ? data?.places[state.place]?.name : undefined;
  usePageTitle(placeName);
  const shareTitle = placeName ? `${placeName}: what was reported (front-line map)` : 'Front-line map: Severodonetsk, Lysychansk and Bakhmut';

  return (
    <div className="app" data-panel-open={panelPlace ? 'true' : undefined}>
      <header className="topbar">
        <h1>Severodonetsk, Lysychansk and Bakhmut, 2022–2023: what was reported where</h1>
        <nav aria-label="Site">
          <ShareDialog state={{ ...state, date }} allLayers={allLayers} title={shareTitle} />
          <a href="/about">About</a>
          <a href="/api/layers">Data (API)</a>
        </nav>
      </header>
      <div className="layout">
        <aside className="sidebar" aria-label="Places">
          <PlaceSearch data={data} onSelect={(id) => select(id, 'list')} />
          {data ? <PlaceList data={data} selected={state.place} date={date} onSelect={(id) => select(id, 'list')} /> : serverList}
        </aside>
        <main className="map-area" aria-label="Map">
          <div className="map-frame">
            {data ? (
              <MapLoader data={data} state={state} date={date} settings={settings} handlers={handlers} flyTo={flyTo} cover={cover} />
            ) : (
              <MapPlaceholder />
            )}
          </div>
          <TimelineControl dates={shell.dates} range={shell.dateRange} value={date} onChange={setDate} />
        </main>
        {/* The panel beside the map; on phones a dock at the foot of the window for the bottom sheets. */}
        <div className="panel-dock" ref={dock}>
          {sheetPlace && (
            <PlaceSheet
              place={sheetPlace}
              container={data ? containerOf(sheetPlace, data.places) : undefined}
              date={date}
              dates={shell.dates}
              onDate={setDate}
              hidden={Boolean(panelPlace)}
              onOpenPanel={() => openPanel(sheetPlace.id)}
              onClose={closePlace}
            />
          )}
          {panelPlace && <ReportPanel place={panelPlace} date={date} onClose={closePanel} />}
        </div>
      </div>
    </div>
  );
}
