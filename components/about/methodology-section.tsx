import { useTranslations } from 'next-intl';
import { RICH } from './rich';

const KINDS = ['distance', 'direction', 'riverSide', 'containment', 'between'] as const;

/** The About page's account of the map checks (docs/methodology.md, for readers): claims, precision, verdicts. */
export function MethodologySection() {
  const t = useTranslations('About.method');
  return (
    <section aria-labelledby="methodology">
      <h2 id="methodology">{t('heading')}</h2>
      <p>{t.rich('intro', RICH)}</p>
      <h3>{t('claimsHeading')}</h3>
      <p>{t('claims')}</p>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>{t.rich(`kind.${kind}`, RICH)}</li>
        ))}
      </ul>
      <p>{t('centre')}</p>
      <h3>{t('precisionHeading')}</h3>
      <p>{t('precision')}</p>
      <h3>{t('verdictsHeading')}</h3>
      <p>{t.rich('verdicts', RICH)}</p>
      <p>{t.rich('build', RICH)}</p>
    </section>
  );
}
