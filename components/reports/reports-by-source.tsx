import { useTranslations } from 'next-intl';
import type { PlaceReporting } from '@/lib/map-data';
import { CitationLine } from './citation-line';
import { ReportQuote } from './report-quote';

interface ReportsBySourceProps {
  reporting: PlaceReporting;
  /** The chosen date: reports published after it are marked as later. */
  date?: string;
}

/**
 * A place's reports grouped by source, each group under its source's title, citation and
 * reliability notes (an h3 each, under the panel's or the page's h2), each report quoted in full
 * with its map checks. No state: the panel and the place's page (a server component) render it.
 * Titles and reliability notes are data, in the sources' language (English), and marked so.
 */
export function ReportsBySource({ reporting, date }: ReportsBySourceProps) {
  const t = useTranslations('Reports');
  const bySource = new Map<string, PlaceReporting['reports']>();
  for (const r of reporting.reports) bySource.set(r.citation.source_id, [...(bySource.get(r.citation.source_id) ?? []), r]);
  return (
    <>
      {[...bySource.entries()].map(([sourceId, reports]) => {
        const source = reporting.sources[sourceId]!;
        return (
          <section key={sourceId} className="panel-source" aria-label={source.citation.outlet}>
            <h3 lang="en">{source.citation.title}</h3>
            <CitationLine citation={source.citation} />
            <details className="reliability">
              <summary>{t('aboutSource')}</summary>
              <ul lang="en">
                {source.reliability.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
            {reports.map((r) => (
              <ReportQuote key={r.id} report={r} placeId={reporting.place} date={date} withoutCitation />
            ))}
          </section>
        );
      })}
    </>
  );
}
