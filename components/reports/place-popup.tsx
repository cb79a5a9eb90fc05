'use client';
import { useTranslations } from 'next-intl';
import { useWords } from '@/components/i18n/use-words';
import { localName } from '@/lib/i18n';
import type { ReportedPlace } from '@/lib/map-data';
import { PanelHeading } from './panel-heading';
import { PlaceName } from './place-name';
import { PlaceSummary } from './place-summary';

interface PlacePopupProps {
  place: ReportedPlace;
  /** The place this one is part of (PlaceSummary). */
  container?: ReportedPlace;
  /** The chosen date (YYYY-MM-DD). */
  date: string;
  /** Where "All reporting" links when the page has no panel (an embed with `panel=0`). */
  allReportingHref?: string;
  onOpenPanel: () => void;
  onClose: () => void;
}

/** Pop-up content on wide screens: the place's name, then its summary (PlaceSummary). */
export function PlacePopup({ place, container, date, allReportingHref, onOpenPanel, onClose }: PlacePopupProps) {
  const t = useTranslations('Reports');
  const { locale } = useWords();
  return (
    <div className="place-popup" role="dialog" aria-labelledby={`popup-${place.id}`}>
      <PanelHeading id={`popup-${place.id}`} closeLabel={t('close', { place: localName(place, locale) })} onClose={onClose} focusKey={place.id}>
        <PlaceName place={place} />
      </PanelHeading>
      <PlaceSummary place={place} container={container} date={date} allReportingHref={allReportingHref} onOpenPanel={onOpenPanel} />
    </div>
  );
}
