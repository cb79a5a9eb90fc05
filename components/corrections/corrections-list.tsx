import { type Correction, correctionAnchor } from '@/lib/corrections';
import { formatIsoDate } from '@/lib/format-date';
import { placePagePath } from '@/lib/url-state';

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
 * changed, why, and what it touched. A server component (the About page, the place pages).
 */
export function CorrectionsList({ corrections, names = NO_NAMES, headingLevel = 3, linkToLog }: CorrectionsListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="corrections">
      {corrections.map((c) => (
        <li key={c.id} id={linkToLog ? undefined : correctionAnchor(c.id)} className="correction">
          <Heading>{c.title}</Heading>
          <p className="correction-date">
            Corrected <time dateTime={c.date}>{formatIsoDate(c.date)}</time>
            {c.change && <> · change {c.change}</>}
          </p>
          <p>
            <strong>What changed:</strong> {c.what}
          </p>
          <p>
            <strong>Why:</strong> {c.why}
          </p>
          {linkToLog ? (
            <p>
              <a href={`/about#${correctionAnchor(c.id)}`}>This correction in the log</a>
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
  if (!c.places.length && !c.sources.length && !c.reports.length) return null;
  return (
    <p className="correction-touched">
      <strong>Touches:</strong>{' '}
      {c.places.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={placePagePath(id)}>{names.places[id] ?? id}</a>
        </span>
      ))}
      {c.places.length > 0 && (c.sources.length > 0 || c.reports.length > 0) && '; '}
      {c.sources.map((id) => names.sources[id] ?? id).join(', ')}
      {c.sources.length > 0 && c.reports.length > 0 && '; '}
      {c.reports.length > 0 && `${c.reports.length} ${c.reports.length === 1 ? 'report' : 'reports'}`}
    </p>
  );
}
