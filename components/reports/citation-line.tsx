import { formatDateInfo } from '@/lib/format-date';
import { quoteLinkOf } from '@/lib/text-fragment';
import type { Citation } from '@/lib/types';

interface CitationLineProps {
  citation: Citation;
  /** The quote the citation is for: its link then opens the article at the quoted words (a URL text fragment). */
  quote?: string;
}

/** "Sky News · Alex Crawford · c. 30 June 2022 · Source" — every quote carries one. */
export function CitationLine({ citation, quote }: CitationLineProps) {
  return (
    <cite className="citation">
      <span className="citation-outlet">{citation.outlet}</span>
      {citation.byline && <> · {citation.byline}</>}
      {citation.original && (
        <>
          {' '}
          · rewriting {citation.original.outlet} ({citation.original.byline})
        </>
      )}
      {' · '}
      <time dateTime={citation.published.date} title={citation.published.approximate ? 'Approximate: inferred from the text' : undefined}>
        {formatDateInfo(citation.published)}
      </time>
      {' · '}
      <a href={quote ? quoteLinkOf(citation.url, quote) : citation.url} target="_blank" rel="noopener noreferrer">
        {citation.url_is_copy ? 'Copy of the text (original link not known)' : 'Source'}
      </a>
    </cite>
  );
}
