import { DataVersionLine } from '@/components/share/data-version-line';
import type { DataVersion } from '@/lib/data-version';

/** The About page's "Citing the map": the data version, how a citation pins it, and what a changed version means. */
export function CitingSection({ version }: { version: DataVersion }) {
  return (
    <section aria-labelledby="citing">
      <h2 id="citing">Citing the map</h2>
      <p>
        <DataVersionLine version={version} />. The data version is a short hash of every file of the map’s data (places, reports, sources,
        claims): any change to the data gives a new version. The API sends it with every answer (the <code>X-Data-Version</code> header), and the{' '}
        <a href="/downloads">downloads</a> (GeoJSON, CSV and a Frictionless Data Package) carry it in their addresses.
      </p>
      <p>
        <strong>Cite this view</strong> in the map’s “Share / embed”, and <strong>Cite this page</strong> on each place’s page, give a citation
        in APA, Chicago, BibTeX or CSL-JSON (for reference managers such as Zotero), with the date you read it, the data version and a permalink.
        The permalink opens the same view (place, date, layers, position) and carries the data version (<code>v=</code>). The author is the
        front-line map project.
      </p>
      <p>
        A permalink cited with an earlier data version opens the current data, with a note that the data has changed since and a link to the{' '}
        <a href="#corrections">corrections</a> (each dated, so the ones after your citation are easy to find).
      </p>
    </section>
  );
}
