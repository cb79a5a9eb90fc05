'use client';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PlaceSheet } from '@/components/reports/place-sheet';
import { ReportPanel } from '@/components/reports/report-panel';
import { PlaceSearch } from '@/components/places/place-search';
import { ShareDialog } from '@/components/share/share-dialog';
import type { MapData } from '@/lib/map-data';
import type { TileConfig } from '@/lib/tiles';
import type { UrlState } from '@/lib/url-state';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { MapLoader } from './map-loader';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import { useUrlState } from './use-url-state';

export interface MapAppProps {
  data: MapData;
  initial: UrlState;
  tiles: TileConfig;
  /** The server-rendered place list. */
  children: ReactNode;
}

/** How a place was chosen: from the map itself, or from the list or search (then the map moves to it). */
export type SelectVia = 'map' | 'list';

/**
 * The page's client shell: holds the URL state, and joins the map, the search, the server-rendered
 * list and the reporting panel. On phones the selected place's reporting opens in the panel's
 * bottom sheet instead of a pop-up over the map.
 */
export function MapApp({ data, initial, tiles, children }: MapAppProps) {
  const allLayers = useMemo(() => data.layers.map((l) => l.id), [data]);
  const known = useMemo(() => ({ places: data.placeOrder, layers: allLayers, dateRange: data.dateRange }), [data, allLayers]);
  const [state, update] = useUrlState(initial, known, allLayers);
  const [panelFor, setPanelFor] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ id: string; seq: number } | null>(null);
  const phone = useMediaQuery(PHONE_QUERY);
  const dock = useRef<HTMLDivElement>(null);
  const coveredBottom = useCallback(() => {
    const box = dock.current?.getBoundingClientRect();
    return box && box.height > 0 ? Math.max(0, window.innerHeight - box.top) : 0;
  }, []);

  const select = useCallback(
    (id: string | undefined, via: SelectVia) => {
      update({ place: id }, 'push');
      if (id && via === 'list') setFlyTo((prev) => ({ id, seq: (prev?.seq ?? 0) + 1 }));
      if (!id) setPanelFor(null);
      else setPanelFor((open) => (open ? id : null));
    },
    [update],
  );

  const setDate = useCallback((d: string) => update({ date: d }, 'replace'), [update]);

  const onListClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-place-id]');
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      select(link.dataset.placeId, 'list');
    },
    [select],
  );

  useEffect(
    function markSelectedInList() {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.place-list a[data-place-id]')) {
        if (link.dataset.placeId === state.place) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    },
    [state.place],
  );

  useEffect(
    function closeOnEscape() {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        if (panelFor) setPanelFor(null);
        else if (state.place) select(undefined, 'map');
      };
      document.addEventListener('keydown', onKey);
      return function stopListening() {
        document.removeEventListener('keydown', onKey);
      };
    },
    [panelFor, state.place, select],
  );

  const panelPlace = panelFor ? data.places[panelFor] : undefined;
  const sheetPlace = phone && state.place ? data.places[state.place] : undefined;
  const sheet = sheetPlace ? (panelPlace ? 'panel' : 'place') : null;
  const date = state.date ?? data.dateRange.max;
  const shareTitle = state.place ? `${data.places[state.place]?.name}: what was reported (front-line map)` : 'Front-line map: Severodonetsk, Lysychansk and Bakhmut';

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
          <div className="sidebar-list" onClick={onListClick}>
            {children}
          </div>
        </aside>
        <main className="map-area" aria-label="Map">
          <div className="map-frame">
          <MapLoader
            data={data}
            state={state}
            date={date}
            tiles={tiles}
            flyTo={flyTo}
            popups={!phone}
            sheet={sheet}
            coveredBottom={coveredBottom}
            onSelect={select}
            onOpenPanel={setPanelFor}
            onView={(zoom, center) => update({ zoom, center }, 'replace')}
            onLayers={(layers) => update({ layers }, 'replace')}
          />
          </div>
          <TimelineControl dates={data.dates} range={data.dateRange} value={date} onChange={setDate} />
        </main>
        {/* The panel beside the map; on phones a dock at the foot of the window for the bottom sheets. */}
        <div className="panel-dock" ref={dock}>
          {sheetPlace && (
            <PlaceSheet place={sheetPlace} date={date} dates={data.dates} onDate={setDate} hidden={Boolean(panelPlace)} onOpenPanel={() => setPanelFor(sheetPlace.id)} onClose={() => select(undefined, 'map')} />
          )}
          {panelPlace && <ReportPanel place={panelPlace} data={data} date={date} onClose={() => setPanelFor(null)} />}
        </div>
      </div>
    </div>
  );
}
