import { useTranslations } from 'next-intl';
import { useWords } from '@/components/i18n/use-words';
import { localisedPath } from '@/lib/i18n';
import type { ClaimView } from '@/lib/types';

interface ClaimBadgeProps {
  claim: ClaimView;
}

/**
 * A claim's map check beside the quote: one line with the measured figures and the verdict, which
 * opens (a native <details>, so it works without JavaScript) to how it was measured. Everything is
 * rendered as text; the figures were computed when the app was built (lib/claims.ts), in English,
 * so the badge's line, the method and the note are marked as English, as is the quoted text.
 */
export function ClaimBadge({ claim }: ClaimBadgeProps) {
  const t = useTranslations('Reports.claim');
  const { locale } = useWords();
  return (
    <details
      className={`claim-badge claim-${claim.verdict}`}
      data-claim-id={claim.id}
      aria-label={t('label', { text: claim.text, verdict: t(`verdict.${claim.verdict}`) })}
    >
      <summary lang="en">{claim.summary}</summary>
      <div className="claim-method">
        <p>
          {t('checked')} <q lang="en">{claim.text}</q>
        </p>
        <ul lang="en">
          {claim.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
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
