import { useTranslations } from 'next-intl';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import { localName } from '@/lib/i18n';
import type { ReportedPlace, PlaceSituation } from '@/lib/map-data';
import { ReportingPending } from '@/components/data/reporting-pending';
import { ReportQuote } from './report-quote';

/**
 * The later report of the place this one is part of that makes this one's control possibly out of
 * date, quoted in full beside this place's own (its reporting file loads like any place's).
 */
export function OutdatedBy({ situation, container, date }: { situation: PlaceSituation; container?: ReportedPlace; date: string }) {
  const t = useTranslations('Reports');
  const { locale } = useWords();
  const reporting = usePlaceReporting(situation.outdatedBy ? container : undefined);
  const id = situation.outdatedBy?.control.report.id;
  if (!id || !container) return null;
  const report = reporting.value?.reports.find((r) => r.id === id);
  return (
    <div className="outdated-by">
      <p className="outdated-by-heading">{t('outdatedBy', { place: localName(container, locale) })}</p>
      {report ? (
        <ReportQuote report={report} placeId={container.id} date={date} />
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} />
      )}
    </div>
  );
}
