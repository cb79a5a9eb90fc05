import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { DataVersionLine } from '@/components/share/data-version-line';
import type { DataVersion } from '@/lib/data-version';
import { localisedPath } from '@/lib/i18n';
import { RICH } from './rich';

/** The About page's "Citing the map": the data version, how a citation pins it, and what a changed version means. */
export function CitingSection({ version }: { version: DataVersion }) {
  const t = useTranslations('About.citing');
  const locale = useLocale();
  const downloads = (chunks: ReactNode) => <a href={localisedPath('/downloads', locale)}>{chunks}</a>;
  const corrections = (chunks: ReactNode) => <a href="#corrections">{chunks}</a>;
  return (
    <section aria-labelledby="citing">
      <h2 id="citing">{t('heading')}</h2>
      <p>
        <DataVersionLine version={version} />. {t.rich('version', { ...RICH, downloads })}
      </p>
      <p>{t.rich('how', RICH)}</p>
      <p>{t.rich('changed', { corrections })}</p>
    </section>
  );
}
