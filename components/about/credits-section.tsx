import { DATA_LICENCE } from '@/lib/credits';
import type { Attribution } from '@/lib/schemas';

interface CreditsSectionProps {
  /** The manifest's credits (geo/layers.json "attributions"), as the map's attribution control shows them. */
  credits: Attribution[];
}

/** The About page's credits and licences: the README's "Credits and licences", for readers. */
export function CreditsSection({ credits }: CreditsSectionProps) {
  return (
    <section aria-labelledby="credits">
      <h2 id="credits">Credits and licences</h2>
      <ul>
        <li>
          <strong>Code</strong>: the MIT licence.
        </li>
        <li>
          <strong>Data</strong> (the places and their geometry, the base map, the reports’ places, dates and statuses, the checks and the source
          records): the data set as a whole is under the <a href={DATA_LICENCE.url}>Open Database License (ODbL) 1.0</a>, because it contains
          geometry derived from OpenStreetMap (© OpenStreetMap contributors), whose licence requires a database adapted from it and used publicly
          to be offered under the same licence (share-alike). The parts from Natural Earth are in the public domain.
        </li>
        <li>
          <strong>Quotations</strong> are their publishers’ text, quoted as short excerpts for reporting, each with its citation. No licence of
          this project covers them.
        </li>
        <li>
          <strong>Map tiles</strong>, when shown, are credited on the map as their provider asks.
        </li>
      </ul>
      <p>The map credits:</p>
      <ul>
        {credits.map((c) => (
          <li key={c.text}>
            {c.url ? <a href={c.url}>{c.text}</a> : c.text} ({c.licence})
          </li>
        ))}
      </ul>
      <p>The project’s own credit has no address to link to, so on the map it links here.</p>
    </section>
  );
}
