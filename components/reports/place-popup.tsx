'use client';
import { useEffect, useRef } from 'react';
import { topReports, type MapPlace } from '@/lib/map-data';
import { ReportQuote } from './report-quote';

interface PlacePopupProps {
  place: MapPlace;
  onOpenPanel: () => void;
  onClose: () => void;
}

/** Pop-up content: names, precision note, the most relevant quotes, and "All reporting (N)". */
export function PlacePopup({ place, onOpenPanel, onClose }: PlacePopupProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusHeading() {
      heading.current?.focus({ preventScroll: true });
    },
    [place.id],
  );
  return (
    <div className="place-popup" role="dialog" aria-labelledby={`popup-${place.id}`}>
      <div className="place-popup-head">
        <h2 id={`popup-${place.id}`} ref={heading} tabIndex={-1}>
          {place.name} <span lang="uk" className="place-name-uk">{place.name_uk}</span>
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={`Close ${place.name}`}>
          ×
        </button>
      </div>
      {place.precision.type === 'approximate' && (
        <p className="precision-note">
          <strong>Approximate location</strong> (within about {place.precision.radius_m.toLocaleString('en-GB')} m): {place.precision.note}
        </p>
      )}
      {topReports(place).map((r) => (
        <ReportQuote key={r.id} report={r} placeId={place.id} />
      ))}
      <button type="button" className="all-reporting" onClick={onOpenPanel}>
        All reporting ({place.reports.length})
      </button>
    </div>
  );
}
