import { IntlProvider, useTranslations } from 'next-intl';
import { type ComponentType, type Dispatch, type SetStateAction, useCallback, useEffect, useMemo, useState } from 'react';
import { useComparison } from '@/components/compare/use-comparison';
import { DataSeed, useMapData, useReportedData } from '@/components/data/use-data-file';
import { MapPlaceholder } from '@/components/map/map-placeholder';
import type { MapViewProps } from '@/components/map/map-view';
import { useSelection } from '@/components/map/use-selection';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { useStory } from '@/components/story/use-story';
import { DateStepper } from '@/components/timeline/date-stepper';
import type { EmbedConfig } from '@/lib/embed-config';
import { type UrlState, urlWithState } from '@/lib/url-state';
import { EmbedCompare } from './embed-compare';
import { EmbedList } from './embed-list';
import { ReportingSlot } from './reporting-slot';
import { useEmbedMap } from './use-embed-map';
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
  const t = useTranslations('Embed');
  const { value: data } = useMapData(shell.dataUrl);
  const [state, setState] = useState<UrlState>(options.state);
  const setPlace = useCallback((id: string | undefined) => setState((prev) => ({ ...prev, place: id })), []);
  const { select, flyTo, panelFor, openPanel, closePanel } = useSelection(state.place, setPlace);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const date = state.date ?? shell.dateRange.max;
  const fullMapHref = useMemo(() => urlWithState(config.fullMapUrl, state, shell.layerIds), [config.fullMapUrl, state, shell.layerIds]);

  const setDate = useCallback((d: string) => setState((prev) => ({ ...prev, date: d })), []);
  const setCompare = useCallback((d: string | undefined) => setState((prev) => ({ ...prev, compare: d })), []);
  const comparison = useComparison(data, date, state.compare);
  const { story, storyOnMap } = useEmbedStory(config.story, state, setState);
  useHostBridge({ data, allowedOrigins: config.allowedOrigins, place: state.place, date, onSelect: select, onDate: setDate, active: mounted });
  const { settings, handlers } = useEmbedMap(config, fullMapHref, select, openPanel, setState);

  // The list and the panel say each place's situation, from the report digests: fetched only when
  // one of them is shown (the map asks by itself for another date or a pop-up), as most embeds never do.
  const { value: reported } = useReportedData(data, options.list || panelFor !== null);
  const panelPlace = panelFor ? reported?.places[panelFor] : undefined;
  const storyAt = mounted ? story.at : undefined;
  // A place's preview (rendered on the server with them), the list, a panel, the changes or a story;
  // each says so in its place if they could not be loaded (ReportingSlot, EmbedPreviewList).
  const wanted = config.preview.kind === 'place' || reported !== undefined || storyAt !== undefined || Boolean(comparison && data);
  const chunk = useReporting(reporting, wanted);
  const selectInList = mounted ? (id: string) => select(id, 'list') : undefined;

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
      <EmbedCompare
        shell={shell}
        date={date}
        value={state.compare}
        onChange={setCompare}
        comparison={comparison}
        places={data?.places}
        controls={options.controls}
        chunk={chunk}
        onSelect={selectInList}
      />
      {panelPlace && (
        <ReportingSlot chunk={chunk} what="quotes" className="fm-panel-slot" boxed>
          {(R) => <R.ReportPanel place={panelPlace} date={date} onClose={closePanel} />}
        </ReportingSlot>
      )}
      <EmbedList config={config} state={state} date={date} fullMapHref={fullMapHref} reported={reported} chunk={chunk} onSelect={selectInList} />
    </div>
  );
}

/** The frame's story (`story`), if it opens one: its step, and what the map shows of it (the step's view, its first place). */
function useEmbedStory(opened: EmbedConfig['story'], state: UrlState, setState: Dispatch<SetStateAction<UrlState>>) {
  const stories = useMemo(() => (opened ? [opened] : []), [opened]);
  const updateState = useCallback((patch: Partial<UrlState>) => setState((prev) => ({ ...prev, ...patch })), [setState]);
  const story = useStory(stories, state, updateState);
  const highlight = story.at?.step.places[0];
  const storyOnMap = useMemo(() => ({ view: story.view, highlight }), [story.view, highlight]);
  return { story, storyOnMap };
}
