import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { summaryMessage, verdictText } from '@/lib/claim-words';
import { localisedPath } from '@/lib/i18n';
import type { ClaimView } from '@/lib/types';

interface ClaimBadgeProps {
  claim: ClaimView;
}

/** English words inside a line in the reader's language: the words checked, or the reason a claim cannot be. */
const en = (chunks: ReactNode) => <span lang="en">{chunks}</span>;

/**
 * A claim's map check beside the quote: one line with the measured figures and the verdict, which
 * opens (a native <details>, so it works without JavaScript) to how it was measured. Everything is
 * rendered as text. The line is worded here in the reader's language from what the build measured
 * (lib/claim-words.ts), with the words checked in English, marked as such, and so is the sentence
 * on the verdict that ends the method; the rest of the method and the note were written when the
 * app was built (lib/claims.ts) and by the project, in English, and are marked so, as is the
 * quoted text.
 */
export function ClaimBadge({ claim }: ClaimBadgeProps) {
  const t = useTranslations('Reports.claim');
  const words = useWords();
  const { locale } = words;
  const summary = summaryMessage(words, claim);
  const verdict = verdictText(words, claim);
  return (
    <details
      className={`claim-badge claim-${claim.verdict}`}
      data-claim-id={claim.id}
      aria-label={t('label', { text: claim.text, verdict: t(`verdict.${claim.verdict}`) })}
    >
      <summary>{words.t.rich(summary.key, { ...summary.values, en })}</summary>
      <div className="claim-method">
        <p>
          {t('checked')} <q lang="en">{claim.text}</q>
        </p>
        <ul>
          {claim.method.map((line) => (
            <li key={line} lang="en">
              {line}
            </li>
          ))}
          {verdict && <li className="claim-verdict">{verdict}</li>}
        </ul>
        {claim.verdict !== 'not-checkable' && (
          <p className="claim-note">
            {t('note')} <span lang="en">{claim.note}</span>
          </p>
        )}
        <p>
          <a href={`${localisedPath('/about', locale)}#claims`}>{t('how')}</a>
        </p>
      </div>
    </details>
  );
}
