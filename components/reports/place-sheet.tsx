'use client';
import { useTranslations } from 'next-intl';
import { useWords } from '@/components/i18n/use-words';
import { DateStepper } from '@/components/timeline/date-stepper';
import { localName } from '@/lib/i18n';
import type { ReportedPlace } from '@/lib/map-data';
import { Panel } from './panel';
import { PlaceName } from './place-name';
import { PlaceSummary } from './place-summary';

interface PlaceSheetProps {
  place: ReportedPlace;
  /** The place this one is part of (PlaceSummary). */
  container?: ReportedPlace;
  /** The chosen date (YYYY-MM-DD). */
  date: string;
  /** Reporting dates, ascending: the steps of the sheet's "‹ date ›". */
  dates: readonly string[];
  onDate: (date: string) => void;
  /** While "All reporting" is open over it. */
  hidden: boolean;
  onOpenPanel: () => void;
  onClose: () => void;
}

/**
 * On phones, what the pop-up shows on wider screens, in the reporting panel's bottom sheet: the
 * pop-up would cover most of a phone's map. The sheet covers the timeline, so it carries its own
 * "‹ date ›" to step through the place's history while reading it.
 */
export function PlaceSheet({ place, container, date, dates, onDate, hidden, onOpenPanel, onClose }: PlaceSheetProps) {
  const t = useTranslations('Reports');
  const { locale } = useWords();
  return (
    <Panel
      headingId="place-sheet-heading"
      heading={<PlaceName place={place} />}
      closeLabel={t('close', { place: localName(place, locale) })}
      onClose={onClose}
      focusKey={place.id}
      hidden={hidden}
      className="place-sheet"
      head={<DateStepper dates={dates} value={date} onChange={onDate} />}
    >
      <PlaceSummary place={place} container={container} date={date} onOpenPanel={onOpenPanel} />
    </Panel>
  );
}
