import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ReportingPending } from '@/components/data/reporting-pending';
import type { ReportingState } from './use-reporting';
import type { EmbedPreview } from '@/lib/embed-config';
import { formatIsoDate } from '@/lib/format-date';

interface EmbedPreviewListProps {
  preview: EmbedPreview;
  date: string;
  fullMapHref: string;
  /**
   * The reporting components (components/embed/use-reporting.ts), for a place's entry
   * (components/places/place-list.tsx): the server bundles them, and the browser's entry (embed-entry.tsx) waits for
   * them before it hydrates a place's preview. Where they are not here, the entry's place says the
   * chunk is loading, or that it failed, with Try again (the server's entry is then replaced as the
   * frame hydrates); under a summary, where the list will be, only a failure is said.
   */
  reporting: ReportingState;
}

/**
 * The text under the frame's map before the map's data file is here, and all a reader without
 * JavaScript gets: the selected place with its situation and every quote about it, or what the
 * map holds and the way to the full map. Small whatever the size of the data.
 */
export function EmbedPreviewList({ preview, date, fullMapHref, reporting }: EmbedPreviewListProps) {
  const Entry = reporting.value?.PlaceEntry;
  const t = useTranslations('Embed');
  const locale = useLocale();
  return (
    <div className="place-list">
      <p className="place-list-date">
        {t.rich('previewDate', { date: formatIsoDate(date, locale), time: (chunks: ReactNode) => <time dateTime={date}>{chunks}</time> })}
      </p>
      {preview.kind === 'place' ? (
        <section aria-label={preview.layerTitle}>
          {Entry ? (
            <ul>
              <Entry place={preview.place} container={preview.container} date={date} selected href={fullMapHref} target="_blank" />
            </ul>
          ) : (
            <ReportingPending failed={reporting.failed} retry={reporting.retry} what="situation" />
          )}
        </section>
      ) : (
        <>
          <p className="fm-summary">
            {t('summary', { places: preview.places, reports: preview.reports })}{' '}
            <a href={fullMapHref} target="_blank" rel="noopener">
              {t('fullMapLink')}
            </a>
          </p>
          {/* Where the list (`list=1`) will be once the chunk is here: a failure is said here too. */}
          {reporting.failed && <ReportingPending failed retry={reporting.retry} what="situation" />}
        </>
      )}
    </div>
  );
}
