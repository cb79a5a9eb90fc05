import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ReportQuote } from '@/components/reports/report-quote';
import { SituationSummary } from '@/components/reports/situation-text';
import { StatusHistory } from '@/components/reports/status-history';
import { formatIsoDate } from '@/lib/format-date';
import { localName } from '@/lib/i18n';
import { mapPathIn, placePathIn } from '@/lib/local-paths';
import type { PlacePage } from '@/lib/place-page';

/**
 * The place's situation on the map's latest reporting date (control, activity and how old the
 * reporting is), with the later report that makes it possibly out of date where there is one.
 */
export function PlaceSituation({ page }: { page: PlacePage }) {
  const t = useTranslations('PlacePage.situation');
  const locale = useLocale();
  const { situation, outdatedReport, container, date } = page;
  if (page.reporting.reports.length === 0) {
    return <p className="situation-none">{t('none')}</p>;
  }
  return (
    <>
      {situation.latest ? <SituationSummary situation={situation} date={date} /> : <p className="situation-none">{t('noSituation')}</p>}
      {outdatedReport && container && (
        <div className="outdated-by">
          <p className="outdated-by-heading">
            {t.rich('laterReport', {
              name: localName(container, locale),
              link: (chunks: ReactNode) => <a href={placePathIn(container.id, locale)}>{chunks}</a>,
            })}
          </p>
          <ReportQuote report={outdatedReport} placeId={container.id} date={date} />
        </div>
      )}
      <p className="place-page-note">
        {t.rich('lastDate', {
          date: formatIsoDate(date, locale),
          link: (chunks: ReactNode) => <a href={mapPathIn(page.id, locale)}>{chunks}</a>,
        })}
      </p>
    </>
  );
}

/** Every control and activity reported for the place, by the date described, each with its quote and citation. */
export function PlaceHistory({ page }: { page: PlacePage }) {
  const { reports } = page.reporting;
  return <StatusHistory placeId={page.id} reports={reports} date={page.date} quoted={reports} />;
}
