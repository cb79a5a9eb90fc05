'use client';
import { useCallback, useMemo, useRef } from 'react';
import { PlaceList } from '@/components/places/place-list';
import { PlaceSheet } from '@/components/reports/place-sheet';
import { ReportPanel } from '@/components/reports/report-panel';
import { PlaceSearch } from '@/components/places/place-search';
import { ShareDialog } from '@/components/share/share-dialog';
import type { MapData } from '@/lib/map-data';
import type { TileConfig } from '@/lib/tiles';
import type { UrlState } from '@/lib/url-state';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { MapLoader } from './map-loader';
import type { MapHandlers, MapSettings } from './map-view';
import type { SheetCover } from './show-place';
import { PHONE_QUERY, useColorScheme, useMediaQuery } from './use-media-query';
import { useSelection } from './use-selection';
import { useUrlState } from './use-url-state';

export interface MapAppProps {
  data: MapData;
  initial: UrlState;
  tiles: TileConfig;
}

/**
 * The page's client shell: holds the URL state, and joins the map, the search, the place list
 * (rendered on the server too, so it reads without JavaScript) and the reporting panel. On phones the selected place's reporting opens in the panel's
 * bottom sheet instead of a pop-up over the map.
 */
export function MapApp({ data, initial, tiles }: MapAppProps) {
  const allLayers = useMemo(() => data.layers.map((l) => l.id), [data]);
  const known = useMemo(() => ({ places: data.placeOrder, layers: allLayers, dateRange: data.dateRange }), [data, allLayers]);
  const [state, update] = useUrlState(initial, known, allLayers);
  const setPlace = useCallback((id: string | undefined) => update({ place: id }, 'push'), [update]);
  const { select, flyTo, panelFor, openPanel, closePanel, closePlace } = useSelection(state.place, setPlace);
  const phone = useMediaQuery(PHONE_QUERY);
  const dock = useRef<HTMLDivElement>(null);
  const coveredBottom = useCallback(() => {
    const box = dock.current?.getBoundingClientRect();
    return box && box.height > 0 ? Math.max(0, window.innerHeight - box.top) : 0;
  }, []);

  const setDate = useCallback((d: string) => update({ date: d }, 'replace'), [update]);

  const panelPlace = panelFor ? data.places[panelFor] : undefined;
  const sheetPlace = phone && state.place ? data.places[state.place] : undefined;
  const sheet: SheetCover['sheet'] = sheetPlace ? (panelPlace ? 'panel' : 'place') : null;
  const date = state.date ?? data.dateRange.max;
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
  const shareTitle = state.place
    ? `${data.places[state.place]?.name}: what was reported (front-line map)`
    : 'Front-line map: Severodonetsk, Lysychansk and Bakhmut';

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
          <PlaceList data={data} selected={state.place} date={date} onSelect={(id) => select(id, 'list')} />
        </aside>
        <main className="map-area" aria-label="Map">
          <div className="map-frame">
            <MapLoader data={data} state={state} date={date} settings={settings} handlers={handlers} flyTo={flyTo} cover={cover} />
          </div>
          <TimelineControl dates={data.dates} range={data.dateRange} value={date} onChange={setDate} />
        </main>
        {/* The panel beside the map; on phones a dock at the foot of the window for the bottom sheets. */}
        <div className="panel-dock" ref={dock}>
          {sheetPlace && (
            <PlaceSheet
              place={sheetPlace}
              date={date}
              dates={data.dates}
              onDate={setDate}
              hidden={Boolean(panelPlace)}
              onOpenPanel={() => openPanel(sheetPlace.id)}
              onClose={closePlace}
            />
          )}
          {panelPlace && <ReportPanel place={panelPlace} data={data} date={date} onClose={closePanel} />}
        </div>
      </div>
    </div>
  );
}
