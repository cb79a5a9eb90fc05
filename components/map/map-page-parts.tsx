'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { ComponentProps, ReactNode, RefObject } from 'react';
import { CompareControl } from '@/components/compare/compare-control';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { DataVersionLine } from '@/components/share/data-version-line';
import type { DataVersion } from '@/lib/data-version';
import { localisedPath } from '@/lib/i18n';
import type { MapShell } from '@/lib/map-data';
import { TimelineControl } from '@/components/timeline/timeline-control';

/* The map page's frame around the map (map-app.tsx): its top bar, its sidebar and footer, the panel's dock. */

/** The page's top bar: its heading, and the share dialog (its children) beside the About and API links. */
export function TopBar({ children }: { children: ReactNode }) {
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
export function MapFooter({ version }: { version: DataVersion }) {
  const t = useTranslations('MapPage');
  const locale = useLocale();
  return (
    <footer className="map-footer">
      <DataVersionLine version={version} /> · <a href={`${localisedPath('/about', locale)}#citing`}>{t('citing')}</a> ·{' '}
      <a href={localisedPath('/downloads', locale)}>{t('downloads')}</a>
    </footer>
  );
}

/** The sidebar (on phones, below the map): search, the stories or the open story's step, compare mode's changes, the places. */
export function Sidebar(props: { search: ReactNode; stories: ReactNode; changes: ReactNode; list: ReactNode; version: DataVersion }) {
  const t = useTranslations('MapPage');
  return (
    <aside className="sidebar" aria-label={t('places')}>
      {props.search}
      {/* On wide screens an open story's step beside the map, which keeps its height; on phones under the map. */}
      {props.stories}
      {props.changes}
      {props.list}
      <MapFooter version={props.version} />
    </aside>
  );
}

/** The panel beside the map; on phones a dock at the foot of the window for the bottom sheets. */
export function PanelDock({ dock, children }: { dock: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  return (
    <div className="panel-dock" ref={dock}>
      {children}
    </div>
  );
}

/** Under the map: the date shown, and compare mode's second date with its summary. */
export function DateControls(props: {
  dates: MapShell['dates'];
  range: MapShell['dateRange'];
  date: string;
  compare: string | undefined;
  onDate: (date: string) => void;
  onCompare: (date: string | undefined) => void;
  summary: ComponentProps<typeof CompareControl>['summary'];
}) {
  return (
    <>
      <TimelineControl dates={props.dates} range={props.range} value={props.date} onChange={props.onDate} />
      <CompareControl
        dates={props.dates}
        range={props.range}
        date={props.date}
        value={props.compare}
        onChange={props.onCompare}
        summary={props.summary}
      />
    </>
  );
}
