'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { CITATION_STYLES, type CitationStyle, citationIn } from '@/lib/cite-view';
import type { DataVersion } from '@/lib/data-version';
import { localIsoDate } from '@/lib/format-date';
import { pinnedUrl } from '@/lib/permalink';
import { CopyField } from './copy-field';

interface CiteViewProps {
  /** What the view shows (lib/cite-view.ts viewTitle). */
  title: string;
  /** The view's address without the version: absolute, or root-relative where the origin is not known yet. */
  url: string;
  version: DataVersion;
  /** What is cited, a view of the map (in the share dialog, whose title is its h2) or a page (an h2 of its own). */
  what: 'view' | 'page';
}

/**
 * "Cite this view": the view's citation in a chosen style, with its permalink pinned to the data
 * version. The interface is in the reader's language; the citation itself is in English, the
 * language of the citation styles' conventions (lib/cite-view.ts), whatever the title's. The share dialog and each place's page show it. The access date is the reader's today,
 * known only in the browser: a prerendered page's citation has none until its script runs.
 */
export function CiteView({ title, url, version, what }: CiteViewProps) {
  const t = useTranslations('Share');
  const id = useId();
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [accessed, setAccessed] = useState<string>();
  const [origin, setOrigin] = useState('');
  useEffect(() => {
    setAccessed(localIsoDate(new Date()));
    setOrigin(window.location.origin);
  }, []);
  const permalink = pinnedUrl(url.startsWith('/') ? `${origin}${url}` : url, version.id);
  const text = citationIn(style, { title, url: permalink, version, accessed });
  const Heading = what === 'page' ? 'h2' : 'h3';
  return (
    <section className="cite-view" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('cite', { what })}</Heading>
      <p className="cite-view-version">{t.rich('citeVersion', { what, id: version.id, code: (chunks: ReactNode) => <code>{chunks}</code> })}</p>
      <CopyField label={t('permalink', { id: version.id })} value={permalink} />
      <label className="cite-view-style">
        {t('citationStyle')}{' '}
        <select value={style} onChange={(e) => setStyle(e.target.value as CitationStyle)}>
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`styles.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <CopyField label={t('citation', { style: t(`styles.${style}`) })} value={text} rows={style === 'apa' || style === 'chicago' ? 5 : 12} />
    </section>
  );
}
