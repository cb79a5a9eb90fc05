import { IntlProvider, useTranslations } from 'next-intl';
import { type ComponentType, useCallback, useEffect, useMemo, useState } from 'react';
import { CompareControl } from '@/components/compare/compare-control';
import { useComparison } from '@/components/compare/use-comparison';
import { DataSeed, useMapData, useReportedData } from '@/components/data/use-data-file';
import { MapPlaceholder } from '@/components/map/map-placeholder';
import type { MapHandlers, MapSettings, MapViewProps } from '@/components/map/map-view';
import { useColorScheme } from '@/components/map/use-media-query';
import { useSelection } from '@/components/map/use-selection';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { useStory } from '@/components/story/use-story';
import { DateStepper } from '@/components/timeline/date-stepper';
import { comparisonSummary } from '@/lib/change-text';
import { useWords } from '@/components/i18n/use-words';
import type { EmbedConfig } from '@/lib/embed-config';
import { type UrlState, urlWithState } from '@/lib/url-state';
import { EmbedPreviewList } from './embed-preview';
import { ReportingSlot } from './reporting-slot';
import { useHostBridge } from './use-host-bridge';
import { type Reporting, useReporting } from './use-reporting';

interface EmbedAppProps {
  config: EmbedConfig;
  /** The map (components/map/map-view.tsx): given in the browser, left out on the server (Leaflet needs a window). */
  Map?: ComponentType<MapViewProps>;
  /**
   * The reporting components (components/embed/embed-reporting.ts): given on the server, which
   * bundles them; in the browser a chunk loaded when first needed (components/embed/use-reporting.ts).
   */
  reporting?: Reporting;
}

/**
 * The embeddable map (/embed): the main page's map and reporting components in a frame-sized
 * layout — the map, a bar with the date and a link to the full map, the reporting panel under the
 * map, and the text list. Rendered on the server from its configuration alone (the bar, and the
 * selected place's reporting or a summary: readable without JavaScript), then hydrated in the
 * browser with Preact (components/embed/embed-entry.tsx), which fetches the map's shared data file;
 * the map and the list come with it.
 */
export function EmbedApp({ config, Map: MapView, reporting }: EmbedAppProps) {
  const preview = config.preview;
  const seed = useMemo(() => (preview.kind === 'place' ? { [preview.place.reporting]: preview.reporting } : {}), [preview]);
  return (
    <IntlProvider locale={config.locale} messages={config.messages} timeZone="UTC">
      <DataSeed value={seed}>
        <EmbedLayout config={config} Map={MapView} reporting={reporting} />
      </DataSeed>
    </IntlProvider>
  );
}

function EmbedLayout({ config, Map: MapView, reporting }: EmbedAppProps) {
  const { options, shell } = config;
  const words = useWords();
  const t = useTranslations('Embed');
  const { value: data } = useMapData(shell.dataUrl);
  const [state, setState] = useState<UrlState>(options.state);
  const setPlace = useCallback((id: string | undefined) => setState((prev) => ({ ...prev, place: id })), []);
  const { select, flyTo, panelFor, openPanel, closePanel } = useSelection(state.place, setPlace);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const date = state.date ?? shell.dateRange.max;
  const allLayers = shell.layerIds;
  const fullMapHref = useMemo(() => urlWithState(config.fullMapUrl, state, allLayers), [config.fullMapUrl, state, allLayers]);

  const setDate = useCallback((d: string) => setState((prev) => ({ ...prev, date: d })), []);
  const setCompare = useCallback((d: string | undefined) => setState((prev) => ({ ...prev, compare: d })), []);
  const comparison = useComparison(data, date, state.compare);
  const stories = useMemo(() => (config.story ? [config.story] : []), [config.story]);
  const updateState = useCallback((patch: Partial<UrlState>) => setState((prev) => ({ ...prev, ...patch })), []);
  const story = useStory(stories, state, updateState);
  const highlight = story.at?.step.places[0];
  const storyOnMap = useMemo(() => ({ view: story.view, highlight }), [story.view, highlight]);
  useHostBridge({ data, allowedOrigins: config.allowedOrigins, place: state.place, date, onSelect: select, onDate: setDate, active: mounted });

  const handlers = useMemo<MapHandlers>(
    () => ({
      onSelect: select,
      onOpenPanel: openPanel,
      // The full-map link frames the place itself: the frame's own view is not carried over.
      onView: () => {},
      onLayers: (layers) => setState((prev) => ({ ...prev, layers })),
      onBase: (base) => setState((prev) => ({ ...prev, ...base })),
    }),
    [select, openPanel],
  );
  const systemTheme = useColorScheme();
  const theme = options.theme === 'auto' ? systemTheme : options.theme;
  const settings = useMemo<MapSettings>(
    () => ({
      tiles: config.tiles,
      theme,
      controls: options.controls,
      popups: true,
      compact: true,
      allReportingHref: options.panel ? undefined : fullMapHref,
    }),
    [config.tiles, theme, options.controls, options.panel, fullMapHref],
  );
  // The list and the panel say each place's situation, from the report digests: fetched only when
  // one of them is shown (the map asks by itself for another date or a pop-up), as most embeds never do.
  const { value: reported } = useReportedData(data, options.list || panelFor !== null);
  const panelPlace = panelFor ? reported?.places[panelFor] : undefined;
  const storyAt = mounted ? story.at : undefined;
  const showChanges = Boolean(comparison && data);
  // A place's preview (rendered on the server with them), the list, a panel, the changes or a story;
  // each says so in its place if they could not be loaded (ReportingSlot, EmbedPreviewList).
  const chunk = useReporting(reporting, config.preview.kind === 'place' || reported !== undefined || storyAt !== undefined || showChanges);
  const R = chunk.value;

  return (
    <div id="frontline-embed" className={mounted ? 'fm fm-ready' : 'fm'}>
      <DataChangedNote current={config.dataVersion} linkTarget="_blank" />
      <section className="fm-map" aria-label={t('mapLabel')}>
        {mounted && MapView && data ? (
          <MapView
            data={data}
            state={state}
            date={date}
            settings={settings}
            handlers={handlers}
            flyTo={flyTo}
            comparison={comparison}
            story={storyOnMap}
          />
        ) : (
          <MapPlaceholder />
        )}
      </section>
      <div className="fm-bar">
        <DateStepper dates={shell.dates} value={date} onChange={options.controls ? setDate : undefined} wording="long" />
        <a className="fm-full" href={fullMapHref} target="_blank" rel="noopener">
          {t('fullMap')}
        </a>
      </div>
      {storyAt && (
        <ReportingSlot chunk={chunk} what="quotes" className="story-panel">
          {(R) => <R.StoryPanel at={storyAt} places={data?.places} onStep={story.go} onClose={story.close} />}
        </ReportingSlot>
      )}
      {options.controls && (
        <CompareControl
          dates={shell.dates}
          range={shell.dateRange}
          date={date}
          value={state.compare}
          onChange={setCompare}
          summary={comparison && comparisonSummary(words, comparison)}
        />
      )}
      {comparison && data && (
        <ReportingSlot chunk={chunk} what="situation" className="fm-changes">
          {(R) => (
            <div className="fm-changes">
              <R.ChangeList
                comparison={comparison}
                places={data.places}
                shown={date}
                onSelect={mounted ? (id) => select(id, 'list') : undefined}
              />
            </div>
          )}
        </ReportingSlot>
      )}
      {panelPlace && (
        <ReportingSlot chunk={chunk} what="quotes" className="fm-panel-slot">
          {(R) => (
            <div className="fm-panel-slot">
              <R.ReportPanel place={panelPlace} date={date} onClose={closePanel} />
            </div>
          )}
        </ReportingSlot>
      )}
      <div className="fm-list" data-hidden={options.list ? undefined : true}>
        {reported && R ? (
          <R.PlaceList
            data={reported}
            selected={state.place}
            date={date}
            hrefOf={(id) => urlWithState(config.fullMapUrl, { ...state, place: id }, allLayers)}
            linkTarget="_blank"
            onSelect={mounted ? (id) => select(id, 'list') : undefined}
          />
        ) : (
          <EmbedPreviewList preview={config.preview} date={date} fullMapHref={fullMapHref} reporting={chunk} />
        )}
      </div>
    </div>
  );
}
