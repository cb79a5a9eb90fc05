'use client';
import { useTranslations } from 'next-intl';
import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import { ReportQuote } from '@/components/reports/report-quote';
import type { ChangeReport } from '@/lib/compare';
import { formatIsoDate } from '@/lib/format-date';
import type { MapPlace } from '@/lib/map-data';

interface ChangeReportsProps {
  /** The place whose reporting file holds the reports (the changed place, or the place it is part of). */
  holder: Pick<MapPlace, 'id' | 'reporting'>;
  reports: readonly ChangeReport[];
  /** The later of the two dates. */
  to: string;
}

/**
 * The reports behind a change, quoted with their citations from the holder's reporting file
 * (loaded on demand, like a pop-up's), those that decide the later situation marked.
 */
export function ChangeReports({ holder, reports, to }: ChangeReportsProps) {
  const t = useTranslations('CompareControl');
  const { locale } = useWords();
  const reporting = usePlaceReporting(holder);
  if (!reporting.value) return <ReportingPending failed={reporting.failed} retry={reporting.retry} />;
  const byId = new Map(reporting.value.reports.map((r) => [r.id, r]));
  return (
    <ul className="change-reports">
      {reports.map(({ id, decisive }) => {
        const report = byId.get(id);
        if (!report) return null;
        return (
          <li key={id} data-decisive={decisive || undefined}>
            {decisive && <p className="change-decisive">{t('decisive', { date: formatIsoDate(to, locale) })}</p>}
            <ReportQuote report={report} placeId={holder.id} date={to} />
          </li>
        );
      })}
    </ul>
  );
}
