import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { PlaceEntry } from '@/components/places/place-list';
import type { EmbedPreview } from '@/lib/embed-config';
import { formatIsoDate } from '@/lib/format-date';

interface EmbedPreviewListProps {
  preview: EmbedPreview;
  date: string;
  fullMapHref: string;
}

/**
 * The text under the frame's map before the map's data file is here, and all a reader without
 * JavaScript gets: the selected place with its situation and every quote about it, or what the
 * map holds and the way to the full map. Small whatever the size of the data.
 */
export function EmbedPreviewList({ preview, date, fullMapHref }: EmbedPreviewListProps) {
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
            <PlaceEntry place={preview.place} container={preview.container} date={date} selected href={fullMapHref} target="_blank" />
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
