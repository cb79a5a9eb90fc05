'use client';
import type { EmbedData } from '@/lib/bulk-points';
import type { MapPlace } from '@/lib/map-data';
import { CitationLine } from './citation-line';
import { Panel } from './panel';
import { ReportQuote } from './report-quote';
import { StatusHistory } from './status-history';

interface ReportPanelProps {
  place: MapPlace;
  data: Pick<EmbedData, 'sources'>;
  /** The chosen date: reports published after it are marked as later. */
  date: string;
  onClose: () => void;
}

/**
 * "All reporting": every report about a place, grouped by source, in date order, with each
 * source's citation and reliability notes. Beside the map on wide screens, a bottom sheet on phones.
 */
export function ReportPanel({ place, data, date, onClose }: ReportPanelProps) {
  const bySource = new Map<string, typeof place.reports>();
  for (const r of place.reports) bySource.set(r.citation.source_id, [...(bySource.get(r.citation.source_id) ?? []), r]);
  return (
    <Panel
      headingId="report-panel-heading"
      heading={`All reporting on ${place.name} (${place.reports.length})`}
      closeLabel="Close the reporting panel"
      onClose={onClose}
      focusKey={place.id}
    >
      <section className="panel-history" aria-labelledby="panel-history-heading">
        <h3 id="panel-history-heading">Status history</h3>
        <StatusHistory placeId={place.id} reports={place.reports} date={date} withQuotes />
      </section>
      {[...bySource.entries()].map(([sourceId, reports]) => {
        const source = data.sources[sourceId]!;
        return (
          <section key={sourceId} className="panel-source" aria-label={source.citation.outlet}>
            <h3>{source.citation.title}</h3>
            <CitationLine citation={source.citation} />
            <details className="reliability">
              <summary>About this source</summary>
              <ul>
                {source.reliability.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
            {reports.map((r) => (
              <ReportQuote key={r.id} report={r} placeId={place.id} date={date} withoutCitation />
            ))}
          </section>
        );
      })}
    </Panel>
  );
}
