import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CorrectionsList } from '@/components/corrections/corrections-list';
import { CORRECTIONS_FEED_PATH, type Correction } from '@/lib/corrections';

interface CorrectionsSectionProps {
  corrections: readonly Correction[];
  names: { places: Readonly<Record<string, string>>; sources: Readonly<Record<string, string>> };
}

/** The About page's corrections log, newest first, with its feed. */
export function CorrectionsSection({ corrections, names }: CorrectionsSectionProps) {
  const t = useTranslations('About.corrections');
  const feed = (chunks: ReactNode) => (
    <a href={CORRECTIONS_FEED_PATH} type="application/atom+xml">
      {chunks}
    </a>
  );
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">{t('heading')}</h2>
      <p>{t.rich('intro', { feed })}</p>
      {corrections.length ? <CorrectionsList corrections={corrections} names={names} /> : <p>{t('none')}</p>}
    </section>
  );
}
