'use client';
import type { MapPlace } from '@/lib/map-data';
import { PanelHeading } from './panel-heading';
import { PlaceName } from './place-name';
import { PlaceSummary } from './place-summary';

interface PlacePopupProps {
  place: MapPlace;
  /** The chosen date (YYYY-MM-DD). */
  date: string;
  onOpenPanel: () => void;
  onClose: () => void;
}

/** Pop-up content on wide screens: the place's name, then its summary (PlaceSummary). */
export function PlacePopup({ place, date, onOpenPanel, onClose }: PlacePopupProps) {
  return (
    <div className="place-popup" role="dialog" aria-labelledby={`popup-${place.id}`}>
      <PanelHeading id={`popup-${place.id}`} closeLabel={`Close ${place.name}`} onClose={onClose} focusKey={place.id}>
        <PlaceName place={place} />
      </PanelHeading>
      <PlaceSummary place={place} date={date} onOpenPanel={onOpenPanel} />
    </div>
  );
}
