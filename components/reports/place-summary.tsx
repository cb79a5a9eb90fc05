import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { formatDateInfo, formatIsoDate } from '@/lib/format-date';
import { situationOn, topReports, type MapPlace } from '@/lib/map-data';
import { BASIS_LABELS, STATUS_LABELS } from '@/lib/vocabulary';
import { ReportQuote } from './report-quote';
import { StatusDot } from './status-dot';
import { StatusHistory } from './status-history';

interface PlaceSummaryProps {
  place: MapPlace;
  /** The chosen date (YYYY-MM-DD). */
  date: string;
  /** Where "All reporting" links when the page has no panel (an embed with `panel=0`). */
  allReportingHref?: string;
  onOpenPanel: () => void;
}

/**
 * What the pop-up (and on phones the sheet) says about a place: precision note, the situation on
 * the chosen date, "All reporting (N)", the most relevant quotes and the status history.
 */
export function PlaceSummary({ place, date, allReportingHref, onOpenPanel }: PlaceSummaryProps) {
  const situation = situationOn(place, date);
  const reporting = usePlaceReporting(place);
  return (
    <>
      {place.precision.type === 'approximate' && (
        <details className="precision-note">
          <summary>
            <strong>Approximate location</strong>, within about {place.precision.radius_m.toLocaleString('en-GB')} m
          </summary>
          {place.precision.note}
        </details>
      )}
      <p className={`situation status-${situation?.status ?? 'none'}`}>
        <StatusDot status={situation?.status ?? null} />
        As reported on {formatIsoDate(date)}:{' '}
        {situation ? (
          <>
            <strong>{STATUS_LABELS[situation.status]}</strong> ({BASIS_LABELS[situation.basis]}: {situation.according_to},{' '}
            {formatDateInfo(situation.describes)})
          </>
        ) : (
          <strong>no situation reported yet</strong>
        )}
      </p>
      {/* Near the top: on a phone the quotes below scroll, and the way to all of them stays in view. */}
      {allReportingHref ? (
        <a className="all-reporting" href={allReportingHref} target="_blank" rel="noopener">
          All reporting ({place.reports.length})
        </a>
      ) : (
        <button type="button" className="all-reporting" onClick={onOpenPanel}>
          All reporting ({place.reports.length})
        </button>
      )}
      {reporting.value ? (
        topReports({ id: place.id, reports: reporting.value.reports }, 3, date).map((r) => (
          <ReportQuote key={r.id} report={r} placeId={place.id} date={date} />
        ))
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} />
      )}
      <details className="popup-history">
        <summary>Status history</summary>
        <StatusHistory placeId={place.id} reports={place.reports} date={date} />
      </details>
    </>
  );
}
