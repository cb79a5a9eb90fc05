/**
 * The downloads, read back with third-party readers only: the data package with Frictionless Data's
 * `datapackage` (its schemas, types, constraints and foreign keys), the GeoJSON with
 * @placemarkio/check-geojson, the CSV with csv-parse. The files are the ones the build writes
 * (lib/downloads/package.ts), made from geo/ into a temporary folder.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFolderOf } from '@/lib/data-file-names';
import { DESCRIPTOR_FILE, type DownloadFile, downloadFilesOf } from '@/lib/downloads/package';
import type { GeoData } from '@/lib/types';
import { loadGeoData } from './geo-data';

const VERSION = { id: '0123456789ab', date: '2026-12-01' };
let data: GeoData;
let files: DownloadFile[];
let dir: string;
const text = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

beforeAll(() => {
  data = loadGeoData();
  files = downloadFilesOf(data, VERSION);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-'));
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.body);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** How many rows each table must have: one per item of our data. */
function expectedRows(): Record<string, number> {
  return {
    places: data.places.size,
    reports: data.reports.length,
    assertions: data.reports.reduce((n, r) => n + r.assertions.length, 0),
    sources: data.sources.size,
    claims: data.claims.length,
  };
}

describe('the data package, read with Frictionless Data’s datapackage library', () => {
  it('is valid, and lists every other file with its size', async () => {
    const pkg = await Package.load(path.join(dir, DESCRIPTOR_FILE));
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const names = pkg.resources.map((r) => r.descriptor.path);
    expect(names.sort()).toEqual(
      files
        .filter((f) => f.format === 'geojson' || f.format === 'csv')
        .map((f) => f.name)
        .sort(),
    );
    for (const r of pkg.resources) {
      const bytes = fs.readFileSync(path.join(dir, String(r.descriptor.path)));
      expect(r.descriptor.bytes, r.name).toBe(bytes.length);
      expect(r.descriptor.hash, r.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    expect(pkg.descriptor.licenses).toEqual([
      { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Database License 1.0' },
    ]);
    expect(pkg.descriptor.version).toBe(VERSION.id);
  });

  it('reads every table with its schema (types, constraints, foreign keys), one row per item of our data', async () => {
    const pkg = await Package.load(path.join(dir, DESCRIPTOR_FILE));
    const tables = pkg.resources.filter((r) => r.tabular);
    const counts: Record<string, number> = {};
    for (const resource of tables) {
      // relations: true checks every foreign key against the table it names; read throws on any cast or constraint error.
      const rows = await resource.read({ keyed: true, relations: true });
      counts[resource.name] = rows.length;
    }
    expect(counts).toEqual(expectedRows());
  });

  it('casts the cells to their types: dates, booleans, numbers, and quotes verbatim', async () => {
    const pkg = await Package.load(path.join(dir, DESCRIPTOR_FILE));
    const table = (name: string) => pkg.resources.find((r) => r.name === name)!.read({ keyed: true });
    const reports = await table('reports');
    for (const [i, report] of data.reports.entries()) {
      const row = reports[i]!;
      expect(row.id).toBe(report.id);
      expect(row.quote).toBe(report.quote);
      expect(row.describes_date).toBeInstanceOf(Date);
      expect((row.describes_date as Date).toISOString().slice(0, 10)).toBe(report.describes.date);
      expect(row.describes_approximate).toBe(report.describes.approximate);
      expect(row.source).toBe(report.source);
    }
    const places = await table('places');
    const kramatorsk = places.find((p) => p.id === 'kramatorsk')!;
    expect(kramatorsk.name_uk).toBe(data.places.get('kramatorsk')!.feature.properties.name_uk);
    expect(typeof kramatorsk.longitude).toBe('number');
    const claims = await table('claims');
    expect(claims.some((c) => typeof c.value === 'number')).toBe(true);
    // The summary column is the English line, worded from the check's parts by the English catalogue.
    expect(claims.find((c) => c.id === 'refinery-six-miles')!.summary).toBe(
      'Map check: Lysychansk oil refinery 3.2–9.2 km (2.0–5.7 mi) from Lysychansk’s centre — consistent with ‘six miles’',
    );
    expect(claims.find((c) => c.id === 'villages-south-of-lysychansk')!.summary).toBe('Map check: not checkable. The villages are not named.');
  });
});

describe('the data package, read with Frictionless Data’s datapackage library: refusals and the zip', () => {
  it('would refuse a bad cell or a broken reference (the reader really checks)', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-bad-'));
    try {
      for (const f of files) fs.writeFileSync(path.join(bad, f.name), f.body);
      const resource = async (name: string) => (await Package.load(path.join(bad, DESCRIPTOR_FILE))).resources.find((r) => r.name === name)!;
      fs.writeFileSync(path.join(bad, 'assertions.csv'), text('assertions.csv').replace(/,lysychansk,/, ',nowhere,'));
      await expect((await resource('assertions')).read({ keyed: true, relations: true })).rejects.toThrow(/foreign key/i);
      fs.writeFileSync(path.join(bad, 'reports.csv'), text('reports.csv').replace(/,2022-06-30,true,/, ',30 June 2022,true,'));
      await expect((await resource('reports')).read({ keyed: true })).rejects.toThrow();
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it('loads as the zip, too', async () => {
    const zip = files.find((f) => f.format === 'zip')!;
    expect(zip.name).toBe(`${downloadFolderOf(VERSION)}.zip`);
    const pkg = await Package.load(path.join(dir, zip.name));
    expect(pkg.valid).toBe(true);
    const places = await pkg.resources.find((r) => r.name === 'places')!.read({ keyed: true });
    expect(places).toHaveLength(data.places.size);
  });
});

describe('each file, read by the tool it is meant for', () => {
  it('the GeoJSON files have no issues for @placemarkio/check-geojson, and every feature of their layer', () => {
    const geojson = files.filter((f) => f.format === 'geojson');
    expect(geojson.map((f) => f.name)).toEqual([...data.layers.map((l) => `${l.entry.id}.geojson`), 'base.geojson']);
    for (const f of geojson) {
      expect(getIssues(text(f.name)), f.name).toEqual([]);
      const layer = data.layers.find((l) => `${l.entry.id}.geojson` === f.name);
      if (layer) expect(JSON.parse(text(f.name)).features.map((x: { id: string }) => x.id)).toEqual(layer.collection.features.map((x) => x.id));
    }
  });

  it('the CSV files parse with csv-parse: the header, a row per item, quotes and names verbatim in UTF-8', () => {
    const read = (name: string) => parse(text(name), { columns: true }) as Record<string, string>[];
    for (const [name, count] of Object.entries(expectedRows())) expect(read(`${name}.csv`), name).toHaveLength(count);
    expect(Object.keys(read('reports.csv')[0]!).slice(0, 3)).toEqual(['id', 'quote', 'places']);
    expect(read('reports.csv').map((r) => r.quote)).toEqual(data.reports.map((r) => r.quote));
    const places = read('places.csv');
    for (const [id, { feature }] of data.places) {
      const row = places.find((p) => p.id === id)!;
      expect([row.name_uk, row.name_ru]).toEqual([feature.properties.name_uk, feature.properties.name_ru]);
    }
    // The citation: outlet, byline and date as the map shows them, and the article's address.
    const sky = read('reports.csv').find((r) => r.source === 'sky-news-lysychansk')!;
    expect(sky.citation).toMatch(/^Sky News · Alex Crawford, special correspondent · c\. /);
    expect(sky.url).toBe(data.sources.get('sky-news-lysychansk')!.urls.copy);
  });

  it('never holds a source’s full text', () => {
    for (const f of files.filter((x) => x.format !== 'zip'))
      for (const source of data.sources.values())
        expect(text(f.name).includes(source.text.slice(0, 2000)), `${f.name} holds ${source.id}`).toBe(false);
  });
});

describe('what each file is, in both languages', () => {
  it('every file has its Ukrainian title and description, in Ukrainian, beside the English the data package keeps', () => {
    const descriptor = JSON.parse(text(DESCRIPTOR_FILE)) as { resources: { path: string; title: string; description: string }[] };
    for (const f of files) {
      expect(f.title_uk, f.name).toMatch(/[А-ЯҐЄІЇа-яґєії]/);
      expect(f.description_uk, f.name).toMatch(/^[^A-Za-z]*[А-ЯҐЄІЇа-яґєії]/);
      const resource = descriptor.resources.find((r) => r.path === f.name);
      // The package describes its own files (not itself, nor the zip that holds it) in English only.
      if (resource) expect([resource.title, resource.description]).toEqual([f.title, f.description]);
    }
    expect(descriptor.resources.length).toBe(files.length - 2);
    expect(JSON.stringify(descriptor)).not.toMatch(/[А-ЯҐЄІЇа-яґєії]{4}/);
  });
});
