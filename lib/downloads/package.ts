/**
 * The downloads: every layer as GeoJSON, the places, reports (with their quotes and citations),
 * assertions, sources and claims as CSV, described together as one Frictionless Data Package
 * (`datapackage.json`, https://datapackage.org) with its table schemas, licences and sources, and
 * the lot as one zip. All in one folder named by the data version (lib/data-version.ts), so that a
 * citation of a file names the data it holds. Pure apart from hashing; lib/write-data-files.ts writes them.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { CITED_AUTHOR, CITED_WORK } from '../cite-view';
import { DATA_LICENCE } from '../credits';
import { downloadFolderOf, PACKAGE_NAME } from '../data-file-names';
import type { DataVersion } from '../data-version';
import type { GeoData, LayerEntry } from '../types';
import { placesTable, sourcesTable } from './place-tables';
import { assertionsTable, claimsTable, reportsTable } from './report-tables';
import { csvOf, type Table, tableSchemaOf } from './table';

export const DESCRIPTOR_FILE = 'datapackage.json';

export type DownloadFormat = 'geojson' | 'csv' | 'json' | 'zip';

export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
};

/**
 * What a file is, in both languages: in English in the data package (its descriptor is English)
 * and on the Downloads page, in Ukrainian on the Downloads page in Ukrainian.
 */
interface FileWords {
  title: string;
  description: string;
  title_uk: string;
  description_uk: string;
}

/** One file of the downloads, as the Downloads page lists it. */
export interface DownloadEntry extends FileWords {
  /** The file's name in the folder, e.g. `places.csv`. */
  name: string;
  format: DownloadFormat;
  bytes: number;
}

export interface DownloadFile extends DownloadEntry {
  body: Uint8Array;
}

const TABLES: Table<never>[] = [placesTable, reportsTable, assertionsTable, sourcesTable, claimsTable] as unknown as Table<never>[];

function file(name: string, format: DownloadFormat, words: FileWords, text: string | Uint8Array): DownloadFile {
  const body = typeof text === 'string' ? strToU8(text) : text;
  const { title, description, title_uk, description_uk } = words;
  return { name, format, title, description, title_uk, description_uk, body, bytes: body.length };
}

const BASE_MAP_WORDS: FileWords = {
  title: 'Base map',
  description: 'The offline base map drawn under the layers: country borders and place labels.',
  title_uk: 'Базова мапа',
  description_uk: 'Офлайн-мапа, що лежить під шарами: кордони країн і підписи населених пунктів.',
};

const DESCRIPTOR_WORDS: FileWords = {
  title: 'Data package descriptor',
  description:
    'The Frictionless Data Package descriptor: every file here with its format, size, hash, licence, sources and, for the tables, its schema.',
  title_uk: 'Опис пакета даних',
  description_uk:
    'Опис Frictionless Data Package: кожен файл тут із його форматом, розміром, хешем, ліцензією, джерелами, а для таблиць — і схемою.',
};

const ZIP_WORDS: FileWords = {
  title: 'The whole data package, zipped',
  description: `Every file above in one zip, ${DESCRIPTOR_FILE} at its root.`,
  title_uk: 'Увесь пакет даних в архіві zip',
  description_uk: `Усі файли вище в одному архіві zip, ${DESCRIPTOR_FILE} — у його корені.`,
};

/** Each layer, and the base map, as the GeoJSON FeatureCollection the map draws. */
function geoJsonFiles(data: GeoData): { file: DownloadFile; credits: LayerEntry['attribution'] }[] {
  const layers = data.layers.map((l) => ({
    file: file(`${l.entry.id}.geojson`, 'geojson', l.entry, JSON.stringify(l.collection)),
    credits: l.entry.attribution,
  }));
  if (!data.base || !data.manifest.base) return layers;
  return [
    ...layers,
    { file: file('base.geojson', 'geojson', BASE_MAP_WORDS, JSON.stringify(data.base)), credits: data.manifest.base.attribution },
  ];
}

const sha256 = (body: Uint8Array) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

function resourceOf(f: DownloadFile) {
  return {
    name: f.name.replace(/\.[a-z]+$/, ''),
    path: f.name,
    title: f.title,
    description: f.description,
    format: f.format,
    mediatype: MEDIA_TYPES[f.format],
    encoding: 'utf-8',
    bytes: f.bytes,
    hash: sha256(f.body),
  };
}

/** The package's `sources`: the credits of the geometry, then every article quoted. */
function packageSources(data: GeoData) {
  const credits = Object.values(data.manifest.attributions).flatMap((a) => (a?.url ? [{ title: a.text, path: a.url }] : []));
  const articles = [...data.sources.values()].map((s) => ({ title: `${s.outlet}: ${s.title}`, path: s.urls.original ?? s.urls.copy }));
  return [...credits, ...articles];
}

/** The data package descriptor (Data Package v1 with Table Schema, as frictionless-py and R's frictionless read it). */
function descriptorOf(data: GeoData, version: DataVersion, geojson: ReturnType<typeof geoJsonFiles>, tables: DownloadFile[]) {
  return {
    profile: 'data-package',
    name: PACKAGE_NAME,
    title: `${CITED_WORK}: data`,
    description:
      `The data behind the front-line map, data version ${version.id} of ${version.date}: its layers as GeoJSON and its reporting as CSV tables. ` +
      DATA_LICENCE.note,
    version: version.id,
    data_version: version,
    contributors: [{ title: CITED_AUTHOR, role: 'author' }],
    licenses: [{ name: 'ODbL-1.0', path: DATA_LICENCE.url, title: 'Open Database License 1.0' }],
    sources: packageSources(data),
    resources: [
      ...geojson.map(({ file: f, credits }) => ({
        ...resourceOf(f),
        sources: credits
          .map((key) => data.manifest.attributions[key])
          .flatMap((a) => (a ? [{ title: a.text, ...(a.url ? { path: a.url } : {}) }] : [])),
      })),
      ...tables.map((f, i) => ({
        ...resourceOf(f),
        profile: 'tabular-data-resource',
        dialect: { delimiter: ',', header: true, lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
        schema: tableSchemaOf(TABLES[i]!),
      })),
    ],
  };
}

/**
 * Every download of a data set: the GeoJSON files, the CSV tables, `datapackage.json` describing
 * them, and a zip of all of them (the descriptor at its root, as data-package readers expect).
 */
export function downloadFilesOf(data: GeoData, version: DataVersion): DownloadFile[] {
  const geojson = geoJsonFiles(data);
  const tables = TABLES.map((t) => file(`${t.name}.csv`, 'csv', t, csvOf(t, data)));
  const descriptor = file(
    DESCRIPTOR_FILE,
    'json',
    DESCRIPTOR_WORDS,
    `${JSON.stringify(descriptorOf(data, version, geojson, tables), null, 2)}\n`,
  );
  const files = [descriptor, ...geojson.map((g) => g.file), ...tables];
  // A fixed time, the data version's date, so that the same data gives the same zip.
  const mtime = new Date(`${version.date}T00:00:00Z`);
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.body, { mtime }]])), { level: 6 });
  return [...files, file(`${downloadFolderOf(version)}.zip`, 'zip', ZIP_WORDS, zip)];
}
