import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import { numberFormat } from '@/lib/intl-formats';
import { situationOn, topReports, type ReportedPlace } from '@/lib/map-data';
import { ReportQuote } from './report-quote';
import { OutdatedBy } from './outdated-by';
import { SituationSummary } from './situation-text';
import { StatusHistory } from './status-history';

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

interface PlaceSummaryProps {
  place: ReportedPlace;
  /** The place this one is part of, whose later reporting may make its own out of date. */
  container?: ReportedPlace;
  /** The chosen date (YYYY-MM-DD). */
  date: string;
  /** Where "All reporting" links when the page has no panel (an embed with `panel=0`). */
  allReportingHref?: string;
  onOpenPanel: () => void;
}

/**
 * What the pop-up (and on phones the sheet) says about a place: precision note, the situation on
 * the chosen date, "All reporting (N)", the most relevant quotes and the status history. The
 * precision note is data, in English, and marked so.
 */
export function PlaceSummary({ place, container, date, allReportingHref, onOpenPanel }: PlaceSummaryProps) {
  const t = useTranslations('Reports');
  const { locale } = useWords();
  const situation = situationOn(place, date, container);
  const reporting = usePlaceReporting(place);
  const precision = place.precision.type === 'approximate' && (
    <details className="precision-note">
      <summary>{t.rich('approximate', { radius: numberFormat(locale).format(place.precision.radius_m), strong })}</summary>
      {/* The note is in the place's reporting file (lib/map-data.ts), loaded with the pop-up: until
          it is here, say so, as for the quotes (a place with no report has no quotes to wait for). */}
      {reporting.value ? (
        <span lang="en">{reporting.value.precisionNote}</span>
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} what="note" />
      )}
    </details>
  );
  if (place.reports.length === 0) {
    return (
      <>
        {precision}
        <p className="situation-none">{t('noReporting')}</p>
      </>
    );
  }
  return (
    <>
      {precision}
      <SituationSummary situation={situation} date={date} />
      {/* Near the top: on a phone the quotes below scroll, and the way to all of them stays in view. */}
      {allReportingHref ? (
        <a className="all-reporting" href={allReportingHref} target="_blank" rel="noopener">
          {t('allReporting', { count: place.reports.length })}
        </a>
      ) : (
        <button type="button" className="all-reporting" onClick={onOpenPanel}>
          {t('allReporting', { count: place.reports.length })}
        </button>
      )}
      {reporting.value ? (
        topReports({ id: place.id, reports: reporting.value.reports }, 3, date).map((r) => (
          <ReportQuote key={r.id} report={r} placeId={place.id} date={date} />
        ))
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} />
      )}
      <OutdatedBy situation={situation} container={container} date={date} />
      <details className="popup-history">
        <summary>{t('overTime')}</summary>
        <StatusHistory placeId={place.id} reports={place.reports} date={date} />
      </details>
    </>
  );
}
