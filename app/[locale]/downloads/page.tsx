import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageMessages } from '@/components/i18n/page-messages';
import type { ReactNode } from 'react';
import { BackToMap, PageTop } from '@/components/about/page-top';
import { RICH } from '@/components/about/rich';
import { DownloadTable } from '@/components/downloads/download-table';
import { DataVersionLine } from '@/components/share/data-version-line';
import { DATA_LICENCE } from '@/lib/credits';
import { getDataManifest } from '@/lib/data';
import { formatBytes } from '@/lib/format-bytes';
import { localisedPath } from '@/lib/i18n';
import { type LocaleParams, localisedMetadata, pageLocale } from '@/lib/page-locale';
import './downloads.css';

// Prerendered at build like /about: the files it lists change only with a deploy.
export const dynamic = 'error';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return localisedMetadata(await pageLocale(params), 'Downloads', '/downloads');
}

/** The data package's descriptor, beside the files it describes. */
const DESCRIPTOR = 'datapackage.json';

/** The downloads the build wrote (lib/downloads/package.ts), listed by group, with the data version they hold. */
export default async function DownloadsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Downloads' });
  const { version, downloads } = getDataManifest();
  const group = (formats: string[]) => downloads.files.filter((f) => formats.includes(f.format));
  const descriptor = `${downloads.url}${DESCRIPTOR}`;
  const zip = downloads.files.find((f) => f.format === 'zip');
  const tags = {
    ...RICH,
    link: () => <a href={descriptor}>{descriptor}</a>,
    licence: (chunks: ReactNode) => (
      <a href={DATA_LICENCE.url} lang="en">
        {chunks}
      </a>
    ),
    credits: (chunks: ReactNode) => <a href={`${localisedPath('/about', locale)}#credits`}>{chunks}</a>,
  };
  return (
    <PageMessages page="text" locale={locale}>
      <main className="about-page downloads-page">
        <PageTop path="/downloads" />
        <h1>{t('heading')}</h1>
        <p>
          {t('intro')} <DataVersionLine version={version} />
          {t('versioned')}
        </p>
        {zip && (
          // Chromium holds a page's eleventh download for a permission: one file is the way to take them all.
          <p>
            {t.rich('allAtOnce', {
              size: formatBytes(zip.bytes, locale),
              zip: () => (
                <a href={`${downloads.url}${zip.name}`} download={zip.name}>
                  {zip.name}
                </a>
              ),
            })}
          </p>
        )}
        <DownloadTable caption={t('caption.whole')} folder={downloads.url} files={group(['json', 'zip'])} />
        <DownloadTable caption={t('caption.layers')} folder={downloads.url} files={group(['geojson'])} />
        <DownloadTable caption={t('caption.tables')} folder={downloads.url} files={group(['csv'])} />
        <section aria-labelledby="data-package">
          <h2 id="data-package">{t('packageHeading')}</h2>
          <p>{t.rich('package', { ...tags, link: (chunks: ReactNode) => <a href="https://datapackage.org">{chunks}</a> })}</p>
          <ul>
            <li>{t.rich('python', tags)}</li>
            <li>{t.rich('r', tags)}</li>
          </ul>
          <p>{t.rich('address', tags)}</p>
          <p>{t.rich('spreadsheets', tags)}</p>
        </section>
        <section aria-labelledby="download-licences">
          <h2 id="download-licences">{t('licencesHeading')}</h2>
          <p>{t.rich('licences', tags)}</p>
        </section>
        <BackToMap />
      </main>
    </PageMessages>
  );
}
