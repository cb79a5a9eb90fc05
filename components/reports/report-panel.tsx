'use client';
import { useTranslations } from 'next-intl';
import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import { localName } from '@/lib/i18n';
import type { ReportedPlace } from '@/lib/map-data';
import { Panel } from './panel';
import { ReportsBySource } from './reports-by-source';
import { StatusHistory } from './status-history';

interface ReportPanelProps {
  place: ReportedPlace;
  /** The chosen date: reports published after it are marked as later. */
  date: string;
  onClose: () => void;
}

/**
 * "All reporting": every report about a place, grouped by source, in date order, with each
 * source's citation and reliability notes. Beside the map on wide screens, a bottom sheet on phones.
 */
export function ReportPanel({ place, date, onClose }: ReportPanelProps) {
  const t = useTranslations('Reports');
  const { locale } = useWords();
  const reporting = usePlaceReporting(place);
  return (
    <Panel
      headingId="report-panel-heading"
      heading={t('panelHeading', { place: localName(place, locale), count: place.reports.length })}
      closeLabel={t('panelClose')}
      onClose={onClose}
      focusKey={place.id}
    >
      <section className="panel-history" aria-labelledby="panel-history-heading">
        <h3 id="panel-history-heading">{t('statusHistory')}</h3>
        <StatusHistory placeId={place.id} reports={place.reports} date={date} quoted={reporting.value?.reports} />
      </section>
      {reporting.value ? (
        <ReportsBySource reporting={reporting.value} date={date} />
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} />
      )}
    </Panel>
  );
}
