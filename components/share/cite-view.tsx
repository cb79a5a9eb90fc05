'use client';
import { useEffect, useId, useState } from 'react';
import { CITATION_STYLE_NAMES, CITATION_STYLES, type CitationStyle, citationIn } from '@/lib/cite-view';
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
 * version. The share dialog and each place's page show it. The access date is the reader's today,
 * known only in the browser: a prerendered page's citation has none until its script runs.
 */
export function CiteView({ title, url, version, what }: CiteViewProps) {
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
      <Heading id={`${id}-heading`}>Cite this {what}</Heading>
      <p className="cite-view-version">
        Data version <code>{version.id}</code>: the permalink opens this {what}, and says so if the data has changed since.
      </p>
      <CopyField label={`Permalink (data version ${version.id})`} value={permalink} />
      <label className="cite-view-style">
        Citation style{' '}
        <select value={style} onChange={(e) => setStyle(e.target.value as CitationStyle)}>
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {CITATION_STYLE_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <CopyField label={`Citation (${CITATION_STYLE_NAMES[style]})`} value={text} rows={style === 'apa' || style === 'chicago' ? 5 : 12} />
    </section>
  );
}
