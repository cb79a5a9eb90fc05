import { formatDateInfo } from '@/lib/format-date';
import { type ReportDigest, statusHistory } from '@/lib/status-timeline';
import type { ReportView } from '@/lib/types';
import { BASIS_LABELS, STATUS_LABELS } from '@/lib/vocabulary';
import { CitationLine } from './citation-line';
import { StatusDot } from './status-dot';

interface StatusHistoryProps {
  placeId: string;
  reports: readonly ReportDigest[];
  /** The chosen date: changes reported after it are marked as later. */
  date: string;
  /** The reports in full, to show each change's quote (the panel); without them only its date and status (the pop-up). */
  quoted?: readonly ReportView[];
}

/** The place's status history: each change with its date, who says so, and (in full) the quote. */
export function StatusHistory({ placeId, reports, date, quoted }: StatusHistoryProps) {
  const history = statusHistory(placeId, reports);
  if (!history.length) return <p className="status-history-empty">No change of situation is reported for this place.</p>;
  return (
    <ol className="status-history">
      {history.map((e) => {
        const later = e.reported.date > date || e.describes.date > date;
        const full = quoted?.find((r) => r.id === e.report.id);
        return (
          <li key={`${e.report.id}-${e.status}`} className={`status-change status-${e.status}`} data-later={later || undefined}>
            <StatusDot status={e.status} />
            <time dateTime={e.describes.date}>{formatDateInfo(e.describes)}</time>: <strong>{STATUS_LABELS[e.status]}</strong> (
            {BASIS_LABELS[e.basis]}: {e.according_to})
            {later && <span className="later-badge"> · later reporting, published {formatDateInfo(e.reported)}</span>}
            {full && (
              <>
                <blockquote className="report-quote">“{full.quote}”</blockquote>
                <CitationLine citation={full.citation} />
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
