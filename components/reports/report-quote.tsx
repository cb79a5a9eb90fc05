import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { formatDateInfo } from '@/lib/format-date';
import { quoteLinkOf } from '@/lib/text-fragment';
import type { ReportView } from '@/lib/types';
import { describeAssertion } from '@/lib/vocabulary';
import { CitationLine } from './citation-line';
import { ClaimBadge } from './claim-badge';

/** A rich message's `<time>` around a date it was given, with the date for machines. */
const timeOf = (iso: string) => (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>;

interface ReportQuoteProps {
  report: ReportView;
  /** Show only the assertions about this place. */
  placeId: string;
  /** Leave out the citation (the panel groups reports under their source's citation). */
  withoutCitation?: boolean;
  /** The chosen date: a report published after it is marked as later reporting. */
  date?: string;
}

/**
 * A verbatim quote, rendered as text, with the map checks of its claims, what it asserts and its citation.
 * The quote stays in its source's language, English, on a page in any language (lang="en").
 */
export function ReportQuote({ report, placeId, withoutCitation, date }: ReportQuoteProps) {
  const { t, locale } = useWords();
  const r = useTranslations('Reports');
  const assertions = report.assertions.filter((a) => a.place === placeId);
  const later = date !== undefined && report.reported.date > date;
  return (
    <figure className="report" data-report-id={report.id} data-later={later || undefined}>
      {later && <p className="later-badge">{r('later')}</p>}
      <blockquote className="report-quote" lang="en">
        “{report.quote}”
      </blockquote>
      {report.claims && report.claims.length > 0 && (
        <div className="claim-badges">
          {report.claims.map((c) => (
            <ClaimBadge key={c.id} claim={c} />
          ))}
        </div>
      )}
      <figcaption>
        <div className="report-dates">
          {r.rich('describes', { date: formatDateInfo(report.describes, locale), time: timeOf(report.describes.date) })}
          {report.reported.date !== report.describes.date || report.reported.approximate !== report.describes.approximate ? (
            <> · {r.rich('reported', { date: formatDateInfo(report.reported, locale), time: timeOf(report.reported.date) })}</>
          ) : null}
        </div>
        {assertions.length > 0 && (
          <ul className="report-assertions">
            {assertions.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a report's assertions are fixed data, never reordered, and two may read the same.
              <li key={i} className={`${'control' in a ? `control-${a.control}` : `activity-${a.activity}`} basis-${a.basis}`}>
                {describeAssertion(t, a)}
                {a.describes && <> — {formatDateInfo(a.describes, locale)}</>}
              </li>
            ))}
          </ul>
        )}
        {withoutCitation ? (
          // Grouped under its source's citation: the quote still links to its own words in the source.
          <a className="quote-in-source" href={quoteLinkOf(report.citation.url, report.quote)} target="_blank" rel="noopener noreferrer">
            {r('readInSource')}
          </a>
        ) : (
          <CitationLine citation={report.citation} quote={report.quote} />
        )}
      </figcaption>
    </figure>
  );
}
