'use client';
import { useEffect, useRef } from 'react';
import type { MapData, MapPlace } from '@/lib/map-data';
import { CitationLine } from './citation-line';
import { ReportQuote } from './report-quote';
import { StatusHistory } from './status-history';

interface ReportPanelProps {
  place: MapPlace;
  data: MapData;
  /** The chosen date: reports published after it are marked as later. */
  date: string;
  onClose: () => void;
}

/**
 * "All reporting": every report about a place, grouped by source, in date order, with each
 * source's citation and reliability notes. Beside the map on wide screens, a bottom sheet on phones.
 */
export function ReportPanel({ place, data, date, onClose }: ReportPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [place.id]);
  const bySource = new Map<string, typeof place.reports>();
  for (const r of place.reports) bySource.set(r.citation.source_id, [...(bySource.get(r.citation.source_id) ?? []), r]);
  return (
    <section className="report-panel" aria-labelledby="report-panel-heading">
      <div className="report-panel-head">
        <h2 id="report-panel-heading" ref={heading} tabIndex={-1}>
          All reporting on {place.name} ({place.reports.length})
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the reporting panel">
          ×
        </button>
      </div>
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
    </section>
  );
}
