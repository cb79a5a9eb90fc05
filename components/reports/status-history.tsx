import { useTranslations } from 'next-intl';
import { formatDateInfo } from '@/lib/format-date';
import { type ReportDigest, type SituationEntry, situationHistory } from '@/lib/situation';
import type { ReportView } from '@/lib/types';
import { useWords } from '@/components/i18n/use-words';
import { assertionLabel, basisLabel } from '@/lib/vocabulary';
import { CitationLine } from './citation-line';
import { StatusDot } from './status-dot';

interface StatusHistoryProps {
  placeId: string;
  reports: readonly ReportDigest[];
  /** The chosen date: what was reported after it is marked as later. */
  date: string;
  /** The reports in full, to show each assertion's quote (the panel); without them only its date and words (the pop-up). */
  quoted?: readonly ReportView[];
}

const keyOf = (e: SituationEntry) => `${e.report.id}-${'control' in e ? e.control : e.activity}`;

/**
 * What was reported about the place over time, on both axes: each date described, and under it
 * every assertion about that date (control with its colour, activities), who says so, and (in
 * full) the quote.
 */
export function StatusHistory({ placeId, reports, date, quoted }: StatusHistoryProps) {
  const { t, locale } = useWords();
  const r = useTranslations('Reports');
  const history = situationHistory(placeId, reports);
  if (!history.length) return <p className="status-history-empty">{r('historyEmpty')}</p>;
  return (
    <ol className="status-history">
      {history.flat().map((e) => {
        const later = e.reported.date > date || e.describes.date > date;
        const full = quoted?.find((r) => r.id === e.report.id);
        const axis = 'control' in e ? `control-${e.control}` : `activity-${e.activity}`;
        return (
          <li key={keyOf(e)} className={`status-change ${axis}`} data-later={later || undefined}>
            {'control' in e ? <StatusDot control={e.control} /> : null}
            <time dateTime={e.describes.date}>{formatDateInfo(e.describes, locale)}</time>: <strong>{assertionLabel(t, e)}</strong> (
            {basisLabel(t, e.basis)}: {e.according_to})
            {later && <span className="later-badge"> · {r('historyLater', { date: formatDateInfo(e.reported, locale) })}</span>}
            {full && (
              <>
                <blockquote className="report-quote" lang="en">
                  “{full.quote}”
                </blockquote>
                <CitationLine citation={full.citation} quote={full.quote} />
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
