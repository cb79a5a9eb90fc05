/**
 * A synthetic data set `multiple` times ours, for the data-scale bench (scripts/bench/data-scale.mjs)
 * and test (tests/lib/data-scale.test.ts). Never shipped: it is written only into a folder given as
 * argument (a temporary one), or kept in memory by the test.
 *
 *   tsx scripts/scale-data.ts <out-dir> [multiple (default 100)] [seed]
 *
 * The set is our geo/ (kept whole, so the real places, claims and the pages' selectors still work)
 * plus synthetic places, reports and sources, so that each count is `multiple` times ours: points
 * and some small polygons spread over the battle area in the cities, facilities and bridges layers;
 * sources whose texts hold their reports' quotes verbatim among filler sentences, about as long as
 * ours; dates over 2022–2023; assertions of control and activity. Seeded (mulberry32): the same
 * arguments give the same files. The validator (lib/validate.ts) accepts it.
 */
import fs from 'node:fs';
import path from 'node:path';
import bbox from '@turf/bbox';
import { activitySchema, type Assertion, basisSchema, controlSchema, type Report, type Source } from '../lib/schemas';
import type { PlaceFeature } from '../lib/types';
import { type BBox2, mulberry32 } from './bench/synthetic';

type Random = () => number;
type Collection = { type: 'FeatureCollection'; features: PlaceFeature[] };
/** The folder's files by path relative to it, as geoFileReader gives them. */
export type GeoFiles = Map<string, string>;

const SYLLABLES: [string, string][] = [
  ['no', 'но'],
  ['vo', 'во'],
  ['ka', 'ка'],
  ['ro', 'ро'],
  ['li', 'лі'],
  ['da', 'да'],
  ['mi', 'мі'],
  ['ta', 'та'],
  ['sha', 'ша'],
  ['pil', 'піл'],
  ['hor', 'гор'],
  ['zar', 'зар'],
  ['ne', 'не'],
  ['bu', 'бу'],
  ['ky', 'ки'],
  ['van', 'ван'],
];
const SUFFIXES: [string, string][] = [
  ['ivka', 'івка'],
  ['ske', 'ське'],
  ['ne', 'не'],
  ['iv', 'ів'],
  ['ove', 'ове'],
];
const WORDS = (
  'the troops shelling town front line positions forces artillery defenders village road bridge near east west north south ' +
  'governor said officials reported fighting continued overnight heavy losses strikes residents evacuated district ' +
  'railway station outskirts plant hills river bank control attack advance withdrew units regional military claimed ' +
  'ministry statement according to video showed damaged buildings power water supply counter-offensive positions'
).split(' ');
const OUTLETS = ['Daily Chronicle', 'Regional Wire', 'Eastern Herald', 'Evening Post', 'Field Report', 'News Agency'];
const ACCORDING_TO = ['regional governor', 'Ukrainian general staff', 'Russian defence ministry', 'local officials', 'the reporter'];
const START = Date.UTC(2022, 0, 1);
const DAYS = 730; // 2022-01-01 to 2023-12-31

const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const round = (x: number, d = 5) => Math.round(x * 10 ** d) / 10 ** d;
const dayOf = (n: number) => new Date(START + n * 86_400_000).toISOString().slice(0, 10);

function sentence(random: Random, name?: string): string {
  const words = Array.from({ length: int(random, 8, 24) }, () => pick(random, WORDS));
  if (name) words.splice(int(random, 1, words.length - 1), 0, 'in', name);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A place name in English and Ukrainian (also used as the Russian name: only its length matters here). */
function placeName(random: Random): [string, string] {
  const parts = [...Array.from({ length: int(random, 1, 2) }, () => pick(random, SYLLABLES)), pick(random, SUFFIXES)];
  const en = parts.map((p) => p[0]).join('');
  const uk = parts.map((p) => p[1]).join('');
  return [en[0]!.toUpperCase() + en.slice(1), uk[0]!.toUpperCase() + uk.slice(1)];
}

/** A counter-clockwise octagon (RFC 7946) of `radius` degrees of latitude around a centre. */
function octagon([lon, lat]: [number, number], radius: number): GeoJSON.Polygon {
  const ring = Array.from({ length: 8 }, (_, k) => {
    const a = (k * Math.PI) / 4;
    return [round(lon + (radius * Math.cos(a)) / Math.cos((lat * Math.PI) / 180)), round(lat + radius * Math.sin(a))];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** A synthetic place of `kind` in `area`; cities are polygons one time in four. */
function place(random: Random, i: number, kind: 'city' | 'facility' | 'bridge', area: BBox2): PlaceFeature {
  const [en, uk] = placeName(random);
  const centre: [number, number] = [round(area[0] + random() * (area[2] - area[0])), round(area[1] + random() * (area[3] - area[1]))];
  const polygon = kind === 'city' && random() < 0.25;
  const method = Array.from({ length: int(random, 1, 3) }, () => sentence(random)).join(' ');
  return {
    type: 'Feature',
    id: `${en.toLowerCase()}-${kind}-${i}`,
    properties: {
      kind,
      name: en,
      name_uk: uk,
      name_ru: uk,
      aliases: Array.from({ length: int(random, 0, 3) }, () => `${en}${pick(random, ['e', 'o', 'a'])}`),
      precision: random() < 0.7 ? { type: 'exact' } : { type: 'approximate', radius_m: int(random, 200, 5000), note: sentence(random) },
      ...(polygon ? { label_point: centre } : {}),
      geometry_source: { method, references: [`synthetic/${kind}-${i}`], attribution: ['project'] },
    },
    geometry: polygon ? octagon(centre, 0.005 + random() * 0.02) : { type: 'Point', coordinates: centre },
  } as PlaceFeature;
}

/** A synthetic source: its record, and its reports, written over `ids` (their first place each). */
function source(random: Random, i: number, reportCount: number, places: string[], names: Map<string, string>) {
  const id = `synthetic-source-${i}`;
  const published = int(random, 10, DAYS - 1);
  const reports: Report[] = [];
  const paragraphs: string[] = [];
  for (let k = 0; k < reportCount; k++) {
    const first = places.shift()!;
    places.push(first);
    const others = Array.from({ length: int(random, 0, 2) }, () => pick(random, places)).filter((p) => p !== first);
    const ids = [first, ...new Set(others)];
    let quote = Array.from({ length: int(random, 1, 3) }, (_, n) => sentence(random, n === 0 ? names.get(first) : undefined)).join(' ');
    if (quote.length > 600) quote = sentence(random, names.get(first));
    const describes = published - int(random, 0, 5);
    const approximate = random() < 0.3;
    reports.push({
      id: `${id}-report-${k + 1}`,
      source: id,
      places: ids,
      quote,
      describes: { date: dayOf(describes), approximate, ...(approximate ? { basis: sentence(random) } : {}) },
      assertions: ids.slice(0, int(random, 0, 2)).map(
        (p): Assertion =>
          random() < 0.4
            ? {
                place: p,
                control: pick(random, controlSchema.options),
                basis: pick(random, basisSchema.options),
                according_to: pick(random, ACCORDING_TO),
              }
            : {
                place: p,
                activity: pick(random, activitySchema.options),
                basis: pick(random, basisSchema.options),
                according_to: pick(random, ACCORDING_TO),
              },
      ),
    });
    paragraphs.push(Array.from({ length: int(random, 1, 8) }, () => sentence(random)).join(' '), quote);
  }
  paragraphs.push('Share this article');
  const record: Source = {
    id,
    outlet: pick(random, OUTLETS),
    title: sentence(random).slice(0, 80),
    byline: random() < 0.8 ? `Reporter ${i}` : null,
    published: { date: dayOf(published), approximate: false },
    urls: { original: null, copy: `https://example.org/synthetic/${id}` },
    type: pick(random, ['first-hand-report', 'news-rewrite', 'reworded-repost'] as const),
    reliability: Array.from({ length: int(random, 1, 3) }, () => sentence(random)),
    excluded_passages: [{ passage: 'Share this article', reason: 'furniture', note: 'A sharing link, not part of the story.' }],
    text_file: `sources/${id}.txt`,
  };
  return { record, reports, text: `${paragraphs.join('\n\n')}\n` };
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
}

/**
 * The files of a data set `multiple` times ours (places, reports and sources).
 * @param geoDir our data (geo/), kept whole in the result
 */
export function scaledGeoFiles(multiple: number, seed = 20220224, geoDir = path.join(process.cwd(), 'geo')): GeoFiles {
  if (!Number.isInteger(multiple) || multiple < 1) throw new Error('multiple must be a positive integer');
  const random = mulberry32(seed);
  const files: GeoFiles = new Map();
  for (const f of fs.readdirSync(geoDir, { recursive: true, encoding: 'utf8' }))
    if (fs.statSync(path.join(geoDir, f)).isFile()) files.set(f.split(path.sep).join('/'), fs.readFileSync(path.join(geoDir, f), 'utf8'));
  const manifest = readJson<{ layers: { file: string; style: string }[] }>(geoDir, 'layers.json');
  const layers = new Map(manifest.layers.map((l) => [l.file, readJson<Collection>(geoDir, l.file)]));
  const sources = readJson<{ sources: Source[] }>(geoDir, 'sources.json');
  const reports = readJson<{ reports: Report[] }>(geoDir, 'reports.json');
  const ours = [...layers.values()].reduce((n, c) => n + c.features.length, 0);

  // The battle area: every layer but the regions.
  const area = bbox({
    type: 'FeatureCollection',
    features: manifest.layers.filter((l) => l.style !== 'region').flatMap((l) => layers.get(l.file)!.features),
  }) as BBox2;
  const kinds = [
    ['cities.geojson', 'city'],
    ['facilities.geojson', 'facility'],
    ['bridges.geojson', 'bridge'],
  ] as const;
  const names = new Map<string, string>();
  for (let i = 0; i < ours * (multiple - 1); i++) {
    const [file, kind] = kinds[i % kinds.length]!;
    const feature = place(random, i + 1, kind, area);
    layers.get(file)!.features.push(feature);
    names.set(feature.id, feature.properties.name);
  }
  const synthetic = [...names.keys()];
  const sourceCount = sources.sources.length * (multiple - 1);
  const reportCount = reports.reports.length * (multiple - 1);
  for (let i = 0; i < sourceCount; i++) {
    // Reports shared out evenly: every synthetic place is the first place of at least one report.
    const n = Math.floor(((i + 1) * reportCount) / sourceCount) - Math.floor((i * reportCount) / sourceCount);
    const s = source(random, i + 1, n, synthetic, names);
    sources.sources.push(s.record);
    reports.reports.push(...s.reports);
    files.set(s.record.text_file, s.text);
  }
  for (const [file, collection] of layers) files.set(file, JSON.stringify(collection));
  files.set('sources.json', JSON.stringify(sources, null, 2));
  files.set('reports.json', JSON.stringify(reports, null, 2));
  return files;
}

/** Writes the files into `dir` (created; files already there are overwritten). */
export function writeGeoFiles(files: GeoFiles, dir: string): void {
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [dir, multiple = '100', seed] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx scripts/scale-data.ts <out-dir> [multiple] [seed]');
  const files = scaledGeoFiles(Number(multiple), seed === undefined ? undefined : Number(seed));
  writeGeoFiles(files, path.resolve(dir));
  console.log(`Wrote ${files.size} files of a data set ${multiple} times ours to ${path.resolve(dir)}.`);
}
