import type { Metadata } from 'next';
import { DownloadTable } from '@/components/downloads/download-table';
import { DataVersionLine } from '@/components/share/data-version-line';
import { DATA_LICENCE } from '@/lib/credits';
import { getDataManifest } from '@/lib/data';
import { type LocaleParams, pageLocale } from '@/lib/page-locale';
import './downloads.css';

// Prerendered at build like /about: the files it lists change only with a deploy.
export const dynamic = 'error';

export const metadata: Metadata = {
  title: 'Downloads: the data as GeoJSON, CSV and a Frictionless Data Package · Front-line map',
  description:
    'Every layer of the front-line map as GeoJSON; its places, reports with their quotes and citations, sources and map checks as CSV; and the whole data set as one versioned Frictionless Data Package.',
};

/** The downloads the build wrote (lib/downloads/package.ts), listed by group, with the data version they hold. */
export default async function DownloadsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const { version, downloads } = getDataManifest();
  const group = (formats: string[]) => downloads.files.filter((f) => formats.includes(f.format));
  const descriptor = `${downloads.url}datapackage.json`;
  return (
    <main className="about-page downloads-page">
      <p>
        <a href="/">← Back to the map</a>
      </p>
      <h1>Downloads</h1>
      <p>
        The map’s data as files, made from the checked data at every build. <DataVersionLine version={version} />: each file’s address names the
        data version, so a citation of a file names the data it holds; a new version gets new addresses, and only the current version’s files are
        served.
      </p>
      <DownloadTable caption="The whole data set" folder={downloads.url} files={group(['json', 'zip'])} />
      <DownloadTable caption="Layers, as GeoJSON (WGS 84 longitude and latitude)" folder={downloads.url} files={group(['geojson'])} />
      <DownloadTable caption="Tables, as CSV (UTF-8, a header row, comma-separated)" folder={downloads.url} files={group(['csv'])} />
      <section aria-labelledby="data-package">
        <h2 id="data-package">Reading the data package</h2>
        <p>
          <code>datapackage.json</code> is a <a href="https://datapackage.org">Frictionless Data Package</a>: it describes every file with its
          format, size and hash, and each table with its schema (column types, constraints, keys between tables), its licence and its sources.
          Data-package tools read it as it is, from its address or from the unzipped folder, for example:
        </p>
        <ul>
          <li>
            Python (frictionless-py): <code>frictionless validate datapackage.json</code>
          </li>
          <li>
            R (frictionless): <code>read_resource(read_package("datapackage.json"), "reports")</code>
          </li>
        </ul>
        <p>
          Its address for this version: <a href={descriptor}>{descriptor}</a>. Lists in one cell (a report’s places, a place’s other spellings)
          are separated by “ | ”. Dates are YYYY-MM-DD; where a date was inferred from the text, the <code>…_approximate</code> column says so,
          and <code>…_basis</code> says how.
        </p>
      </section>
      <section aria-labelledby="download-licences">
        <h2 id="download-licences">Licences</h2>
        <p>
          The data is under the <a href={DATA_LICENCE.url}>Open Database License (ODbL) 1.0</a>: it contains geometry derived from OpenStreetMap.
          Credit “© OpenStreetMap contributors” and the front-line map project; the parts from Natural Earth are in the public domain. The{' '}
          <code>quote</code> column of the reports holds short quotations from news articles, their publishers’ and authors’ text, quoted for
          reporting with their citations: no licence of this project covers them. See <a href="/about#credits">Credits and licences</a>.
        </p>
      </section>
      <p>
        <a href="/">← Back to the map</a>
      </p>
    </main>
  );
}
