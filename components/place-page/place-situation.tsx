import { ReportQuote } from '@/components/reports/report-quote';
import { SituationSummary } from '@/components/reports/situation-text';
import { StatusHistory } from '@/components/reports/status-history';
import { formatIsoDate } from '@/lib/format-date';
import type { PlacePage } from '@/lib/place-page';
import { mapPathOf, placePagePath } from '@/lib/url-state';

/**
 * The place's situation on the map's latest reporting date (control, activity and how old the
 * reporting is), with the later report that makes it possibly out of date where there is one.
 */
export function PlaceSituation({ page }: { page: PlacePage }) {
  const { situation, outdatedReport, container, date } = page;
  if (page.reporting.reports.length === 0) {
    return <p className="situation-none">No reporting in this map's sources: the place is drawn for orientation.</p>;
  }
  return (
    <>
      {situation.latest ? (
        <SituationSummary situation={situation} date={date} />
      ) : (
        <p className="situation-none">No control or activity is reported for this place; the reports below mention it.</p>
      )}
      {outdatedReport && container && (
        <div className="outdated-by">
          <p className="outdated-by-heading">
            The later report of <a href={placePagePath(container.id)}>{container.name}</a>:
          </p>
          <ReportQuote report={outdatedReport} placeId={container.id} date={date} />
        </div>
      )}
      <p className="place-page-note">
        {formatIsoDate(date)} is the last date of the map’s reporting. <a href={mapPathOf(page.id)}>On the map</a>, the timeline shows the
        situation as reported on any date.
      </p>
    </>
  );
}

/** Every control and activity reported for the place, by the date described, each with its quote and citation. */
export function PlaceHistory({ page }: { page: PlacePage }) {
  const { reports } = page.reporting;
  return <StatusHistory placeId={page.id} reports={reports} date={page.date} quoted={reports} />;
}
