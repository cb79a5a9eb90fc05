import type { ClaimView } from '@/lib/types';

const VERDICT_WORDS: Record<ClaimView['verdict'], string> = {
  consistent: 'consistent',
  inconsistent: 'inconsistent',
  'not-checkable': 'not checkable',
};

interface ClaimBadgeProps {
  claim: ClaimView;
}

/**
 * A claim's map check beside the quote: one line with the measured figures and the verdict, which
 * opens (a native <details>, so it works without JavaScript) to how it was measured. Everything is
 * rendered as text; the figures were computed when the app was built (lib/claims.ts).
 */
export function ClaimBadge({ claim }: ClaimBadgeProps) {
  return (
    <details
      className={`claim-badge claim-${claim.verdict}`}
      data-claim-id={claim.id}
      aria-label={`Map check of “${claim.text}”: ${VERDICT_WORDS[claim.verdict]}`}
    >
      <summary>{claim.summary}</summary>
      <div className="claim-method">
        <p>
          Checked words: <q>{claim.text}</q>
        </p>
        <ul>
          {claim.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {claim.verdict !== 'not-checkable' && <p className="claim-note">How the words are read: {claim.note}</p>}
        <p>
          <a href="/about#claims">How the map checks the reporting</a>
        </p>
      </div>
    </details>
  );
}
