import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { type Correction, correctionAnchor } from '@/lib/corrections';
import { formatIsoDate } from '@/lib/format-date';
import { localisedPath } from '@/lib/i18n';
import { placePathIn } from '@/lib/local-paths';

interface CorrectionsListProps {
  /** Newest first. */
  corrections: readonly Correction[];
  /** Display names of the places and sources the entries name, by id (not needed with linkToLog). */
  names?: { places: Readonly<Record<string, string>>; sources: Readonly<Record<string, string>> };
  /** The entries' heading level: under the About page's h2, or a place page's. */
  headingLevel?: 3 | 4;
  /** On a place's page: each entry links to its full record on the About page instead of listing what it touched. */
  linkToLog?: boolean;
}

const NO_NAMES = { places: {}, sources: {} };

/**
 * The corrections log, or the part of it that touches one place: each entry dated, with what
 * changed, why, and what it touched. A server component (the About page, the place pages). The
 * entries' own words are data, written in English: marked so in every language.
 */
export function CorrectionsList({ corrections, names = NO_NAMES, headingLevel = 3, linkToLog }: CorrectionsListProps) {
  const t = useTranslations('Corrections');
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="corrections">
      {corrections.map((c) => (
        <li key={c.id} id={linkToLog ? undefined : correctionAnchor(c.id)} className="correction">
          <Heading lang="en">{c.title}</Heading>
          <p className="correction-date">
            {t.rich('corrected', { time: (chunks: ReactNode) => <time dateTime={c.date}>{chunks}</time>, date: formatIsoDate(c.date, locale) })}
            {c.change && <> · {t('change', { change: c.change })}</>}
          </p>
          <p>
            <strong>{t('whatChanged')}</strong> <span lang="en">{c.what}</span>
          </p>
          <p>
            <strong>{t('why')}</strong> <span lang="en">{c.why}</span>
          </p>
          {linkToLog ? (
            <p>
              <a href={`${localisedPath('/about', locale)}#${correctionAnchor(c.id)}`}>{t('inLog')}</a>
            </p>
          ) : (
            <Touched correction={c} names={names} />
          )}
        </li>
      ))}
    </ol>
  );
}

function Touched({ correction: c, names }: { correction: Correction; names: NonNullable<CorrectionsListProps['names']> }) {
  const t = useTranslations('Corrections');
  const locale = useLocale();
  if (!c.places.length && !c.sources.length && !c.reports.length) return null;
  return (
    <p className="correction-touched">
      <strong>{t('touches')}</strong>{' '}
      {c.places.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={placePathIn(id, locale)}>{names.places[id] ?? id}</a>
        </span>
      ))}
      {c.places.length > 0 && (c.sources.length > 0 || c.reports.length > 0) && '; '}
      {c.sources.length > 0 && <span lang="en">{c.sources.map((id) => names.sources[id] ?? id).join(', ')}</span>}
      {c.sources.length > 0 && c.reports.length > 0 && '; '}
      {c.reports.length > 0 && t('reports', { count: c.reports.length })}
    </p>
  );
}
