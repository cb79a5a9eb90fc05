import { CorrectionsList } from '@/components/corrections/corrections-list';
import { CORRECTIONS_FEED_PATH, type Correction } from '@/lib/corrections';

interface CorrectionsSectionProps {
  corrections: readonly Correction[];
  names: { places: Readonly<Record<string, string>>; sources: Readonly<Record<string, string>> };
}

/** The About page's corrections log, newest first, with its feed. */
export function CorrectionsSection({ corrections, names }: CorrectionsSectionProps) {
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">Corrections</h2>
      <p>
        Every change to what the map says, once published: what changed, why, and which places, reports and sources it touched. Each place’s page
        lists the corrections that touch it. Sites that embed the map can follow them in the{' '}
        <a href={CORRECTIONS_FEED_PATH} type="application/atom+xml">
          corrections feed (Atom)
        </a>
        .
      </p>
      {corrections.length ? <CorrectionsList corrections={corrections} names={names} /> : <p>No corrections so far.</p>}
    </section>
  );
}
