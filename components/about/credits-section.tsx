import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { DATA_LICENCE } from '@/lib/credits';
import type { Attribution } from '@/lib/schemas';
import { RICH } from './rich';

interface CreditsSectionProps {
  /** The manifest's credits (geo/layers.json "attributions"), as the map's attribution control shows them. */
  credits: Attribution[];
}

const PARTS = ['code', 'data', 'quotations', 'tiles'] as const;

/** The About page's credits and licences: the README's "Credits and licences", for readers. */
export function CreditsSection({ credits }: CreditsSectionProps) {
  const t = useTranslations('About.credits');
  // The licence's name is its own, in English in every language.
  const licence = (chunks: ReactNode) => (
    <a href={DATA_LICENCE.url} lang="en">
      {chunks}
    </a>
  );
  return (
    <section aria-labelledby="credits">
      <h2 id="credits">{t('heading')}</h2>
      <ul>
        {PARTS.map((part) => (
          <li key={part}>{t.rich(part, { ...RICH, licence })}</li>
        ))}
      </ul>
      <p>{t('mapCredits')}</p>
      <ul>
        {/* The credits are data, written in English as their owners ask. */}
        {credits.map((c) => (
          <li key={c.text} lang="en">
            {c.url ? <a href={c.url}>{c.text}</a> : c.text} ({c.licence})
          </li>
        ))}
      </ul>
      <p>{t('project')}</p>
    </section>
  );
}
