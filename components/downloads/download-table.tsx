import { useLocale, useTranslations } from 'next-intl';
import type { DownloadEntry } from '@/lib/downloads/package';
import { formatBytes } from '@/lib/format-bytes';
import { type Locale, titleAndDescription } from '@/lib/i18n';

interface DownloadTableProps {
  caption: string;
  /** The folder's URL, ending in `/`. */
  folder: string;
  files: DownloadEntry[];
}

/**
 * One group of downloads: each file's link, format, size and what it holds, in the page's language
 * (the data package says it in English; lib/downloads/package.ts keeps both). Plain HTML: works
 * without JavaScript.
 */
export function DownloadTable({ caption, folder, files }: DownloadTableProps) {
  const t = useTranslations('Downloads');
  const locale = useLocale();
  return (
    <table className="download-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.file')}</th>
          <th scope="col">{t('table.format')}</th>
          <th scope="col">{t('table.size')}</th>
          <th scope="col">{t('table.holds')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.name}>
            <th scope="row">
              <a href={`${folder}${f.name}`} download={f.name}>
                {f.name}
              </a>
            </th>
            <td>{t(`format.${f.format}`)}</td>
            <td className="download-size">{formatBytes(f.bytes, locale)}</td>
            <td>
              <DownloadWords file={f} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a file is, in the reader's language: its title, then its description. */
function DownloadWords({ file, locale }: { file: DownloadEntry; locale: Locale }) {
  const { title, description } = titleAndDescription(file, locale);
  return (
    <>
      <strong>{title}</strong>: {description}
    </>
  );
}
