'use client';
import { ReportingPending } from '@/components/data/reporting-pending';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { ReportQuote } from '@/components/reports/report-quote';
import type { MapPlace } from '@/lib/map-data';

/**
 * Every quote about the selected place, in the list. A client component: it loads the place's
 * reporting file, or reads it from what the server put in the page (DataSeed) for a reader
 * without JavaScript.
 */
export function SelectedReporting({ place, date }: { place: MapPlace; date: string }) {
  const reporting = usePlaceReporting(place);
  if (!reporting.value) return <ReportingPending failed={reporting.failed} retry={reporting.retry} />;
  return (
    <div className="place-entry-reports">
      {reporting.value.reports.map((r) => (
        <ReportQuote key={r.id} report={r} placeId={place.id} date={date} />
      ))}
    </div>
  );
}
