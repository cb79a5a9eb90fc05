'use client';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { useWords } from '@/components/i18n/use-words';
import { CompareControl } from '@/components/compare/compare-control';
import { useComparison } from '@/components/compare/use-comparison';
import { useMapData, useReportedData } from '@/components/data/use-data-file';
import { PlaceList } from '@/components/places/place-list';
import { PlaceSearch } from '@/components/places/place-search';
import { PlaceSheet } from '@/components/reports/place-sheet';
import { ReportPanel } from '@/components/reports/report-panel';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { DataVersionLine } from '@/components/share/data-version-line';
import { ShareDialog } from '@/components/share/share-dialog';
import { comparisonSummary } from '@/lib/change-text';
import { viewTitle } from '@/lib/cite-view';
import type { DataVersion } from '@/lib/data-version';
import { localisedPath, localName } from '@/lib/i18n';
import { containerOf, type MapShell } from '@/lib/map-data';
import type { TileConfig } from '@/lib/tiles';
import { isPlausiblePlaceId, type UrlState } from '@/lib/url-state';
import { StoryList } from '@/components/story/story-list';
import { useStory } from '@/components/story/use-story';
import { type StoryReporting, useEarlyQuote } from '@/components/story/use-early-quote';
import type { Stories } from '@/lib/stories';
import { storyStepCounts } from '@/lib/story-steps';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { loadMapView, MapLoader } from './map-loader';
import { MapPlaceholder } from './map-placeholder';
import { ChangeList, StoryPanel } from './on-demand';
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
  /** The data version the build checked (lib/data-version.ts): in the footer and in citations. */
  version: DataVersion;
  /** The stories (geo/stories/): a few steps each, the quotes loaded from the places' reporting files. */
  stories: Stories;
  /** The reporting file of each place the stories quote: a step's quote is asked for at once. */
  storyReporting?: StoryReporting;
  /** The place list as the server rendered it, shown until the map's data file is here. */
  children: ReactNode;
}

/** The page's top bar: its heading, and the share dialog (its children) beside the About and API links. */
function TopBar({ children }: { children: ReactNode }) {
  const t = useTranslations('MapPage');
  const locale = useLocale();
  return (
    <header className="topbar">
      <h1>
        <span className="label-long">{t('heading')}</span>
        <span className="label-short" aria-hidden="true">
          {t('headingShort')}
        </span>
      </h1>
      <nav aria-label={t('siteNav')}>
        {children}
        <a href={localisedPath('/about', locale)}>{t('about')}</a>
        <a href="/api/layers">{t('api')}</a>
        <LanguageSwitcher path="/" />
      </nav>
    </header>
  );
}

/** The foot of the sidebar (on phones, of the page): the data version a citation names. */
function MapFooter({ version }: { version: DataVersion }) {
  const t = useTranslations('MapPage');
  const locale = useLocale();
  return (
    <footer className="map-footer">
      <DataVersionLine version={version} /> · <a href={`${localisedPath('/about', locale)}#citing`}>{t('citing')}</a> ·{' '}
      <a href={localisedPath('/downloads', locale)}>{t('downloads')}</a>
    </footer>
  );
}

/** The panel's dock, and how much of the window's foot its bottom sheet covers (0 when none is open). */
function useDock() {
  const dock = useRef<HTMLDivElement>(null);
  const coveredBottom = useCallback(() => {
    const box = dock.current?.getBoundingClientRect();
    return box && box.height > 0 ? Math.max(0, window.innerHeight - box.top) : 0;
  }, []);
  return [dock, coveredBottom] as const;
}

/** What the map tells the page: a place chosen, its panel asked for, the view moved, layers switched. */
function useMapHandlers(select: MapHandlers['onSelect'], openPanel: MapHandlers['onOpenPanel'], update: ReturnType<typeof useUrlState>[1]) {
  return useMemo<MapHandlers>(
    () => ({
      onSelect: select,
      onOpenPanel: openPanel,
      onView: (zoom, center) => update({ zoom, center }, 'replace'),
      onLayers: (layers) => update({ layers }, 'replace'),
      onBase: (base) => update(base, 'replace'),
    }),
    [select, openPanel, update],
  );
}

/**
 * The page's client shell: holds the URL state, loads the map's data file (lib/data-files.ts),
 * and joins the map, the search, the place list and the reporting panel. Until the data is here the
 * server's rendering of the list stands in (it reads without JavaScript). On phones the selected
 * place's reporting opens in the panel's bottom sheet instead of a pop-up over the map.
 */
export function MapApp({ shell, initial, tiles, version, stories, storyReporting, children: serverList }: MapAppProps) {
  const { value: data } = useMapData(shell.dataUrl);
  // The list, the panel and the phone's sheet say each place's situation, from the report digests:
  // the list is in view at once, so the page asks for them beside the map's data (both preloaded).
  const { value: reported } = useReportedData(data, true);
  // The map's code and its data load side by side, not one after the other.
  useEffect(() => {
    void loadMapView();
  }, []);
  const allLayers = shell.layerIds;
  const known = useMemo(
    () => ({
      places: data?.placeOrder ?? isPlausiblePlaceId,
      layers: allLayers,
      dateRange: shell.dateRange,
      bases: tiles.sources.map((s) => s.id),
      stories: storyStepCounts(stories),
    }),
    [data, allLayers, shell.dateRange, tiles, stories],
  );
  const [state, update] = useUrlState(initial, known, allLayers);
  const story = useStory(stories, state, update);
  useEarlyQuote(story.at, storyReporting);
  const highlight = story.at?.step.places[0];
  const storyOnMap = useMemo(() => ({ view: story.view, highlight }), [story.view, highlight]);
  // The URL's place was taken on trust until the data came: a place it does not have is dropped.
  useEffect(() => {
    if (data && state.place && !Object.hasOwn(data.places, state.place)) update({ place: undefined }, 'replace');
  }, [data, state.place, update]);
  const setPlace = useCallback((id: string | undefined) => update({ place: id }, 'push'), [update]);
  const { select, flyTo, panelFor, openPanel, closePanel, closePlace } = useSelection(state.place, setPlace);
  const phone = useMediaQuery(PHONE_QUERY);
  const [dock, coveredBottom] = useDock();
  const setDate = useCallback((d: string) => update({ date: d }, 'replace'), [update]);
  const setCompare = useCallback((d: string | undefined) => update({ compare: d }, 'replace'), [update]);

  const panelPlace = panelFor ? reported?.places[panelFor] : undefined;
  const sheetPlace = phone && state.place ? reported?.places[state.place] : undefined;
  const sheet: SheetCover['sheet'] = sheetPlace ? (panelPlace ? 'panel' : 'place') : null;
  const date = state.date ?? shell.dateRange.max;
  const comparison = useComparison(data, date, state.compare);
  const theme = useColorScheme();
  const settings = useMemo<MapSettings>(() => ({ tiles, theme, controls: true, popups: !phone }), [tiles, theme, phone]);
  const handlers = useMapHandlers(select, openPanel, update);
  const cover = useMemo<SheetCover>(() => ({ sheet, coveredBottom }), [sheet, coveredBottom]);
  const t = useTranslations('MapPage');
  const words = useWords();
  const selectedPlace = state.place ? data?.places[state.place] : undefined;
  // The page's and the share's titles in the reader's language; the citation's title is English, as the citation is (lib/cite-view.ts).
  const placeName = selectedPlace && localName(selectedPlace, words.locale);
  usePageTitle(placeName);
  const shareTitle = placeName ? t('shareTitlePlace', { place: placeName }) : t('shareTitle');

  return (
    <div className="app" data-panel-open={panelPlace ? 'true' : undefined}>
      <TopBar>
        <ShareDialog
          state={{ ...state, date }}
          allLayers={allLayers}
          title={shareTitle}
          cite={{ title: viewTitle(words, placeName, date, state.compare), version }}
        />
      </TopBar>
      <div className="layout">
        <aside className="sidebar" aria-label={t('places')}>
          <PlaceSearch data={data} onSelect={(id) => select(id, 'list')} />
          {!story.at && <StoryList stories={stories} onOpen={story.open} />}
          {/* On wide screens the step beside the map, which keeps its height; on phones under the map. */}
          {story.at && !phone && <StoryPanel at={story.at} places={data?.places} onStep={story.go} onClose={story.close} />}
          {comparison && data && <ChangeList comparison={comparison} places={data.places} shown={date} onSelect={(id) => select(id, 'list')} />}
          {reported ? <PlaceList data={reported} selected={state.place} date={date} onSelect={(id) => select(id, 'list')} /> : serverList}
          <MapFooter version={version} />
        </aside>
        <main className="map-area" aria-label={t('map')}>
          <DataChangedNote current={version.id} />
          <div className="map-frame">
            {data ? (
              <MapLoader
                data={data}
                state={state}
                date={date}
                settings={settings}
                handlers={handlers}
                flyTo={flyTo}
                cover={cover}
                comparison={comparison}
                story={storyOnMap}
              />
            ) : (
              <MapPlaceholder />
            )}
          </div>
          {story.at && phone && <StoryPanel at={story.at} places={data?.places} onStep={story.go} onClose={story.close} />}
          <TimelineControl dates={shell.dates} range={shell.dateRange} value={date} onChange={setDate} />
          <CompareControl
            dates={shell.dates}
            range={shell.dateRange}
            date={date}
            value={state.compare}
            onChange={setCompare}
            summary={comparison && comparisonSummary(words, comparison)}
          />
        </main>
        {/* The panel beside the map; on phones a dock at the foot of the window for the bottom sheets. */}
        <div className="panel-dock" ref={dock}>
          {sheetPlace && (
            <PlaceSheet
              place={sheetPlace}
              container={reported ? containerOf(sheetPlace, reported.places) : undefined}
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
