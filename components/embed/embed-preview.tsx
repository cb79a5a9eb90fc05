import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Reporting } from './use-reporting';
import type { EmbedPreview } from '@/lib/embed-config';
import { formatIsoDate } from '@/lib/format-date';

interface EmbedPreviewListProps {
  preview: EmbedPreview;
  date: string;
  fullMapHref: string;
  /** A place's entry (components/places/place-list.tsx), from the reporting components once loaded (the entry loads them before it hydrates a place's preview). */
  Entry?: Reporting['PlaceEntry'];
}

/**
 * The text under the frame's map before the map's data file is here, and all a reader without
 * JavaScript gets: the selected place with its situation and every quote about it, or what the
 * map holds and the way to the full map. Small whatever the size of the data.
 */
export function EmbedPreviewList({ preview, date, fullMapHref, Entry }: EmbedPreviewListProps) {
  const t = useTranslations('Embed');
  const locale = useLocale();
  return (
    <div className="place-list">
      <p className="place-list-date">
        {t.rich('previewDate', { date: formatIsoDate(date, locale), time: (chunks: ReactNode) => <time dateTime={date}>{chunks}</time> })}
      </p>
      {preview.kind === 'place' ? (
        <section aria-label={preview.layerTitle}>
          <ul>
            {Entry && <Entry place={preview.place} container={preview.container} date={date} selected href={fullMapHref} target="_blank" />}
          </ul>
        </section>
      ) : (
        <p className="fm-summary">
          {t('summary', { places: preview.places, reports: preview.reports })}{' '}
          <a href={fullMapHref} target="_blank" rel="noopener">
            {t('fullMapLink')}
          </a>
        </p>
      )}
    </div>
  );
}
