'use client';
import { useTranslations } from 'next-intl';
import { type ComponentProps, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { useComparison } from '@/components/compare/use-comparison';
import { DataSeed, useMapData, useReportedData } from '@/components/data/use-data-file';
import { PlaceList } from '@/components/places/place-list';
import { type PlaceListing, placeListing } from '@/lib/place-listing';
import { PlaceSearch } from '@/components/places/place-search';
import { PlaceSheet } from '@/components/reports/place-sheet';
import { ReportPanel } from '@/components/reports/report-panel';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { ShareDialog } from '@/components/share/share-dialog';
import type { ReportedData } from '@/lib/bulk-points';
import { comparisonSummary } from '@/lib/change-text';
import { type ImageRequest, imagePathOf } from '@/lib/image-request';
import { viewTitle } from '@/lib/cite-view';
import type { DataVersion } from '@/lib/data-version';
import { localName } from '@/lib/i18n';
import { containerOf, type MapShell } from '@/lib/map-data';
import type { TileConfig } from '@/lib/tiles';
import { isPlausiblePlaceId, type UrlState } from '@/lib/url-state';
import { StoryList } from '@/components/story/story-list';
import { useStory } from '@/components/story/use-story';
import type { Stories } from '@/lib/stories';
import { type StoryPlaces, storyStepCounts } from '@/lib/story-steps';
import { loadMapView, MapLoader } from './map-loader';
import { MapPlaceholder } from './map-placeholder';
import { DateControls, PanelDock, Sidebar, TopBar } from './map-page-parts';
import { StoryPanel } from '@/components/story/story-panel';
import { StoryPanelPlace } from '@/components/story/story-panel-place';
import { ChangeList } from './on-demand';
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
  /** The places the stories' steps name: a step's places and quote are shown without waiting for the map's data. */
  storyPlaces?: StoryPlaces;
  /** Data files the server put in the page, by URL: a story step's page, its quote's (components/map/map-page.tsx). */
  seed?: Readonly<Record<string, unknown>>;
  /**
   * The place list the server renders (its first places per layer, lib/place-listing.ts), shown until the
   * map's data is here; then the browser's, whole, updates it in place.
   */
  listSeed: PlaceListing;
}

const NO_SEED = {};

/** The panel's dock, and how much of the window's foot its bottom sheet covers (0 when none is open). */
function useDock() {
  const dock = useRef<HTMLDivElement>(null);
  const coveredBottom = useCallback(() => {
    const box = dock.current?.getBoundingClientRect();
    return box && box.height > 0 ? Math.max(0, window.innerHeight - box.top) : 0;
  }, []);
  return [dock, coveredBottom] as const;
}

/** The map's settings: the tiles, the reader's colour scheme, and pop-ups except on phones (the sheet is theirs). */
function useMapSettings(tiles: TileConfig, phone: boolean) {
  const theme = useColorScheme();
  return useMemo<MapSettings>(() => ({ tiles, theme, controls: true, popups: !phone }), [tiles, theme, phone]);
}

type MapFrameProps = Omit<ComponentProps<typeof MapLoader>, 'data'> & {
  data: ComponentProps<typeof MapLoader>['data'] | undefined;
  layerIds: readonly string[];
};

/**
 * The map once its data file and its code are here; a placeholder of its size until then, which
 * without JavaScript shows a picture of the view the server rendered (the default one: `/` is
 * prerendered). The placeholder is the same element from the server's HTML until the map covers
 * it (the map comes after it, and is opaque; app/globals.css hides it then): made anew when the
 * data came, it was painted twice, and the browser took the second paint as the page's largest.
 */
function MapFrame({ data, layerIds, ...props }: MapFrameProps) {
  const { locale } = useWords();
  return (
    <div className="map-frame">
      <MapPlaceholder picture={data ? undefined : placeholderPicture(props.state, layerIds, locale)} />
      {data && <MapLoader data={data} {...props} />}
    </div>
  );
}

/**
 * The no-JavaScript picture's addresses, in both schemes: worked out only while there is no map
 * (the URL's state changes with every move of the map).
 */
function placeholderPicture(state: MapFrameProps['state'], layerIds: MapFrameProps['layerIds'], lang: ImageRequest['lang']) {
  const own = { width: 800, height: 500, lang };
  return { light: imagePathOf(state, layerIds, own), dark: imagePathOf(state, layerIds, { ...own, theme: 'dark' }) };
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
 * The page's data and state: the map's data file and the report digests, the URL's state checked
 * against them (a place the data does not have is dropped once the data is here), and the story.
 */
function usePageState({ shell, initial, tiles, stories }: MapAppProps) {
  const { value: data } = useMapData(shell.dataUrl);
  // The list, the panel and the phone's sheet say each place's situation, from the report digests:
  // the list is in view at once, so the page asks for them beside the map's data (both preloaded).
  const { value: reported } = useReportedData(data, true);
  // The map's code and its data load side by side, not one after the other.
  useEffect(() => {
    void loadMapView();
  }, []);
  const known = useMemo(
    () => ({
      places: data?.placeOrder ?? isPlausiblePlaceId,
      layers: shell.layerIds,
      dateRange: shell.dateRange,
      bases: tiles.sources.map((s) => s.id),
      stories: storyStepCounts(stories),
    }),
    [data, shell.layerIds, shell.dateRange, tiles, stories],
  );
  const [state, update] = useUrlState(initial, known, shell.layerIds);
  const story = useStory(stories, state, update);
  const highlight = story.at?.step.places[0];
  const storyOnMap = useMemo(() => ({ view: story.view, highlight }), [story.view, highlight]);
  // The URL's place was taken on trust until the data came: a place it does not have is dropped.
  useEffect(() => {
    if (data && state.place && !Object.hasOwn(data.places, state.place)) update({ place: undefined }, 'replace');
  }, [data, state.place, update]);
  const setDate = useCallback((d: string) => update({ date: d }, 'replace'), [update]);
  const setCompare = useCallback((d: string | undefined) => update({ compare: d }, 'replace'), [update]);
  return { data, reported, state, update, setDate, setCompare, story, storyOnMap };
}

/**
 * The selected place's name, and the page's, the share's and the citation's titles, in the
 * reader's language (the citation's title is English, as the citation is: lib/cite-view.ts).
 */
function useTitles(place: Parameters<typeof localName>[0] | undefined, date: string, compare: string | undefined) {
  const t = useTranslations('MapPage');
  const words = useWords();
  const placeName = place && localName(place, words.locale);
  usePageTitle(placeName);
  const citeTitle = useMemo(() => viewTitle(words, placeName, date, compare), [words, placeName, date, compare]);
  return { shareTitle: placeName ? t('shareTitlePlace', { place: placeName }) : t('shareTitle'), citeTitle };
}

/**
 * The selected place and its panel: on wide screens a pop-up and the panel beside the map; on
 * phones the place's bottom sheet, then the panel's, in the dock at the window's foot, which the
 * map keeps the place clear of (`cover`).
 */
function usePlacePanels(place: string | undefined, update: ReturnType<typeof useUrlState>[1], reported: ReportedData | undefined) {
  const setPlace = useCallback((id: string | undefined) => update({ place: id }, 'push'), [update]);
  const selection = useSelection(place, setPlace);
  const phone = useMediaQuery(PHONE_QUERY);
  const [dock, coveredBottom] = useDock();
  const panelPlace = selection.panelFor ? reported?.places[selection.panelFor] : undefined;
  const sheetPlace = phone && place ? reported?.places[place] : undefined;
  const sheet: SheetCover['sheet'] = sheetPlace ? (panelPlace ? 'panel' : 'place') : null;
  const cover = useMemo<SheetCover>(() => ({ sheet, coveredBottom }), [sheet, coveredBottom]);
  return { ...selection, phone, dock, panelPlace, sheetPlace, cover };
}

/**
 * The place list's listing and choices: the server's listing (its first places per layer) until the
 * map's data is here, then the whole data's, whose entries choose the place on the map. That change
 * is rendered and committed on its own (a deferred value), not with the map's drawing, which comes
 * in the same task as the data (issue 17's blocking time).
 */
function usePlaceListProps(
  listSeed: PlaceListing,
  reported: ReportedData | undefined,
  selected: string | undefined,
  onSelect: (id: string) => void,
) {
  const listed = useDeferredValue(reported);
  const listing = useMemo(() => (listed ? placeListing(listed) : listSeed), [listed, listSeed]);
  // An entry chooses its place on the map from hydration on, before the data is here too (the map
  // opens on it when it comes), not only once the list is drawn from the data: a reader's click in
  // between left for the place's page. The mark of the selected place waits for the data.
  return { listing, selected: listed ? selected : undefined, onSelect };
}

/**
 * The page's client shell: holds the URL state, loads the map's data file (lib/data-files.ts),
 * and joins the map, the search, the place list and the reporting panel. Until the data is here the
 * list shows the server's listing (the first places per layer; it reads without JavaScript). On phones the selected
 * place's reporting opens in the panel's bottom sheet instead of a pop-up over the map.
 */
export function MapApp(props: MapAppProps) {
  const { shell, tiles, version, stories, storyPlaces, listSeed } = props;
  const { data, reported, state, update, setDate, setCompare, story, storyOnMap } = usePageState(props);
  const panels = usePlacePanels(state.place, update, reported);
  const { select, flyTo, openPanel, closePanel, closePlace, phone, dock, panelPlace, sheetPlace, cover } = panels;
  const date = state.date ?? shell.dateRange.max;
  const comparison = useComparison(data, date, state.compare);
  const settings = useMapSettings(tiles, phone);
  const handlers = useMapHandlers(select, openPanel, update);
  const t = useTranslations('MapPage');
  const words = useWords();
  const { shareTitle, citeTitle } = useTitles(state.place ? data?.places[state.place] : undefined, date, state.compare);
  const selectFromList = (id: string) => select(id, 'list');
  const listProps = usePlaceListProps(listSeed, reported, state.place, selectFromList);
  const storyPanel = story.at && <StoryPanel at={story.at} places={storyPlaces ?? data?.places} onStep={story.go} onClose={story.close} />;
  const storyIn = (where: 'sidebar' | 'underMap') => (
    <StoryPanelPlace where={where} phone={phone}>
      {storyPanel}
    </StoryPanelPlace>
  );

  return (
    <DataSeed value={props.seed ?? NO_SEED}>
      <div className="app" data-panel-open={panelPlace ? 'true' : undefined}>
        <TopBar>
          <ShareDialog state={{ ...state, date }} allLayers={shell.layerIds} title={shareTitle} cite={{ title: citeTitle, version }} />
        </TopBar>
        <div className="layout">
          <Sidebar
            search={<PlaceSearch data={data} onSelect={selectFromList} />}
            stories={storyPanel ? storyIn('sidebar') : <StoryList stories={stories} onOpen={story.open} />}
            changes={comparison && data && <ChangeList comparison={comparison} places={data.places} shown={date} onSelect={selectFromList} />}
            list={<PlaceList {...listProps} date={date} />}
            version={version}
          />
          <main className="map-area" aria-label={t('map')}>
            <DataChangedNote current={version.id} />
            <MapFrame
              data={data}
              layerIds={shell.layerIds}
              state={state}
              date={date}
              settings={settings}
              handlers={handlers}
              flyTo={flyTo}
              cover={cover}
              comparison={comparison}
              story={storyOnMap}
            />
            {storyPanel && storyIn('underMap')}
            <DateControls
              dates={shell.dates}
              range={shell.dateRange}
              date={date}
              compare={state.compare}
              onDate={setDate}
              onCompare={setCompare}
              summary={comparison && comparisonSummary(words, comparison)}
            />
          </main>
          <PanelDock dock={dock}>
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
          </PanelDock>
        </div>
      </div>
    </DataSeed>
  );
}
