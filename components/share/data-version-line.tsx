import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { DataVersion } from '@/lib/data-version';
import { formatIsoDate } from '@/lib/format-date';

/** "Data version 12395b493512 of 1 December 2026": the map's footer and the About page. */
export function DataVersionLine({ version }: { version: DataVersion }) {
  const t = useTranslations('Share');
  const locale = useLocale();
  return (
    <>
      {t.rich('versionLine', {
        id: version.id,
        date: formatIsoDate(version.date, locale),
        code: (chunks: ReactNode) => <code className="data-version">{chunks}</code>,
      })}
    </>
  );
}
