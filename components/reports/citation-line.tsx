import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { formatDateInfo } from '@/lib/format-date';
import { quoteLinkOf } from '@/lib/text-fragment';
import type { Citation } from '@/lib/types';

const en = (chunks: ReactNode) => <span lang="en">{chunks}</span>;

interface CitationLineProps {
  citation: Citation;
  /** The quote the citation is for: its link then opens the article at the quoted words (a URL text fragment). */
  quote?: string;
}

/**
 * "Sky News · Alex Crawford · c. 30 June 2022 · Source" — every quote carries one. The outlet and
 * byline are data, in the source's language (English), and marked so on a page in another.
 */
export function CitationLine({ citation, quote }: CitationLineProps) {
  const t = useTranslations('Reports.citation');
  const { locale } = useWords();
  return (
    <cite className="citation">
      <span className="citation-outlet" lang="en">
        {citation.outlet}
      </span>
      {citation.byline && (
        <>
          {' · '}
          <span lang="en">{citation.byline}</span>
        </>
      )}
      {citation.original && (
        <>
          {' · '}
          {t.rich('rewriting', { outlet: citation.original.outlet, byline: citation.original.byline, en })}
        </>
      )}
      {' · '}
      <time dateTime={citation.published.date} title={citation.published.approximate ? t('approximate') : undefined}>
        {formatDateInfo(citation.published, locale)}
      </time>
      {' · '}
      <a href={quote ? quoteLinkOf(citation.url, quote) : citation.url} target="_blank" rel="noopener noreferrer">
        {citation.url_is_copy ? t('copy') : t('source')}
      </a>
    </cite>
  );
}
