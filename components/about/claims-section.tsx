import { useLocale, useTranslations } from 'next-intl';
import { ClaimBadge } from '@/components/reports/claim-badge';
import { mapPathIn } from '@/lib/local-paths';
import type { ClaimView } from '@/lib/types';

const VERDICTS: readonly ClaimView['verdict'][] = ['inconsistent', 'consistent', 'not-checkable'];

/** The About page's list of every claim in the reporting, grouped by what the map says of it. */
export function ClaimsSection({ claims }: { claims: readonly ClaimView[] }) {
  const t = useTranslations('About.claims');
  const locale = useLocale();
  return (
    <section aria-labelledby="claims">
      <h2 id="claims">{t('heading')}</h2>
      <p>{t('intro', { count: claims.length })}</p>
      {VERDICTS.map((verdict) => {
        const group = claims.filter((c) => c.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <section key={verdict} aria-labelledby={`claims-${verdict}`}>
            <h3 id={`claims-${verdict}`}>{t(`verdict.${verdict}`, { count: group.length })}</h3>
            <ul className="about-claims">
              {group.map((c) => (
                <li key={c.id} id={`claim-${c.id}`}>
                  <p>
                    {/* The reporting's own words: English whatever the page's language. */}
                    <q lang="en">{c.text}</q>
                    {c.places[0] && (
                      <>
                        {' '}
                        · <a href={mapPathIn(c.places[0], locale)}>{t('onMap')}</a>
                      </>
                    )}
                  </p>
                  <ClaimBadge claim={c} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
