'use client';
import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import type { MapPlace, PlaceReporting } from '@/lib/map-data';
import { CitationLine } from './citation-line';
import { Panel } from './panel';
import { ReportQuote } from './report-quote';
import { StatusHistory } from './status-history';

interface ReportPanelProps {
  place: MapPlace;
  /** The chosen date: reports published after it are marked as later. */
  date: string;
  onClose: () => void;
}

/**
 * "All reporting": every report about a place, grouped by source, in date order, with each
 * source's citation and reliability notes. Beside the map on wide screens, a bottom sheet on phones.
 */
export function ReportPanel({ place, date, onClose }: ReportPanelProps) {
  const reporting = usePlaceReporting(place);
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
        <StatusHistory placeId={place.id} reports={place.reports} date={date} quoted={reporting.value?.reports} />
      </section>
      {reporting.value ? (
        <BySource reporting={reporting.value} date={date} />
      ) : (
        <ReportingPending failed={reporting.failed} retry={reporting.retry} />
      )}
    </Panel>
  );
}

/** The reports grouped by source, each group under its source's citation and reliability notes. */
function BySource({ reporting, date }: { reporting: PlaceReporting; date: string }) {
  const bySource = new Map<string, PlaceReporting['reports']>();
  for (const r of reporting.reports) bySource.set(r.citation.source_id, [...(bySource.get(r.citation.source_id) ?? []), r]);
  return (
    <>
      {[...bySource.entries()].map(([sourceId, reports]) => {
        const source = reporting.sources[sourceId]!;
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
              <ReportQuote key={r.id} report={r} placeId={reporting.place} date={date} withoutCitation />
            ))}
          </section>
        );
      })}
    </>
  );
}
