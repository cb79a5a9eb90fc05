// Issue 12, data scale: with a data set many times ours (scripts/scale-data.ts), /embed's HTML stays
// the size it is with ours; what grows is the map's data file, shared and cached (lib/data-files.ts).
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbedPageInput } from '@/lib/embed-config';
import { dataFilesOf } from '@/lib/write-data-files';
import { parseEmbedOptions } from '@/lib/embed-options';
import { placeReportingOf } from '@/lib/map-data';
import { decodeMapData } from '@/lib/map-data-codec';
import { decodeDigests } from '@/lib/decode-digests';
import type { GeoData } from '@/lib/types';
import { formatIssue, validateGeoData } from '@/lib/validate';
import { scaledGeoFiles } from '../../scripts/scale-data';
import { loadRenderEmbedPage, TEST_PAGE_SETTINGS } from '../helpers/embed-page';
import { GEO_DIR, loadGeoData } from './geo-data';

/** As in the bench (npm run bench:data): generating and validating 100 times our data takes about 2 s. */
const MULTIPLE = 100;

interface Built {
  data: GeoData;
  map: { url: string; body: string };
  placeFiles: Map<string, string>;
  /** The report digests file's body. */
  digests: string;
}

function build(data: GeoData): Built {
  const { manifest, files } = dataFilesOf(data, { id: '0123456789ab', date: '2026-01-01' });
  const body = (url: string) => files.find((f) => f.url === url)!.body;
  const map = body(manifest.map);
  return {
    data,
    map: { url: manifest.map, body: map },
    digests: body(decodeMapData(JSON.parse(map)).digests),
    placeFiles: new Map(Object.entries(manifest.places).map(([id, url]) => [id, body(url)])),
  };
}

let ours: Built;
let scaled: Built;
let render: (input: EmbedPageInput) => string;

beforeAll(async () => {
  const files = scaledGeoFiles(MULTIPLE, 20220224, GEO_DIR);
  const result = validateGeoData((p) => files.get(p) ?? null);
  if (!result.ok) throw new Error(`the scaled data does not validate:\n${result.issues.slice(0, 20).map(formatIssue).join('\n')}`);
  scaled = build(result.data);
  ours = build(loadGeoData());
  render = await loadRenderEmbedPage();
}, 60_000);

const bytes = (s: string) => Buffer.byteLength(s);

/** /embed's HTML for a query, as app/embed/route.ts renders it from the build's files. */
function embedHtml(built: Built, query: string): string {
  const data = decodeDigests(JSON.parse(built.digests), decodeMapData(JSON.parse(built.map.body)));
  const known = { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange };
  const options = parseEmbedOptions(new URLSearchParams(query), known);
  const place = options.state.place;
  return render({
    data,
    dataUrl: built.map.url,
    reporting: place ? placeReportingOf(place, built.data) : undefined,
    options,
    ...TEST_PAGE_SETTINGS,
  });
}

describe(`a data set ${MULTIPLE} times ours`, () => {
  it('is valid and has that many places, reports and sources', () => {
    const o = ours.data;
    const s = scaled.data;
    expect([s.places.size, s.reports.length, s.sources.size]).toEqual(
      [o.places.size, o.reports.length, o.sources.size].map((n) => n * MULTIPLE),
    );
  });

  // The page carries the timeline's reporting dates (MapShell.dates: the date stepper steps through
  // them before the map's data arrives). They grow with the number of distinct reporting days,
  // not with places, reports or sources, and are bounded by the days of the timeline (730 for
  // 2022–2023): about 9 KB, 2 KB gzip, at most. Everything else must not grow at all.
  const DATES = /"dates":\[[^\]]*\]/;
  for (const [label, query] of [
    ['without a place', ''],
    ['with a place selected', 'place=lysychansk&date=2022-07-01'],
  ] as const) {
    it(`/embed's HTML stays the size it is with ours but for the timeline's dates, ${label}`, () => {
      const small = embedHtml(ours, query);
      const large = embedHtml(scaled, query);
      expect(large.match(DATES), 'the dates list, once').toHaveLength(1);
      const withoutDates = bytes(large.replace(DATES, '"dates":[]'));
      const oursWithoutDates = bytes(small.replace(DATES, '"dates":[]'));
      expect(withoutDates, `${withoutDates} bytes against ${oursWithoutDates}`).toBeLessThanOrEqual(oursWithoutDates * 1.1 + 300);
      const { dates, dateRange } = decodeMapData(JSON.parse(scaled.map.body));
      const days = (Date.parse(dateRange.max) - Date.parse(dateRange.min)) / 86_400_000 + 1;
      expect(dates.length).toBeLessThanOrEqual(days);
      // Compressed too, it is our page with the larger dates list in it.
      const gzip = (text: string) => gzipSync(text).length;
      const oursWithTheirDates = gzip(small.replace(DATES, () => large.match(DATES)![0]));
      expect(gzip(large), `gzip ${gzip(large)} bytes against ${gzip(small)}`).toBeLessThanOrEqual(oursWithTheirDates + 300);
    });
  }

  it('what grows is the shared map and digests files, and the per-place files in number, not in size', () => {
    const places = (built: Built) => decodeMapData(JSON.parse(built.map.body)).placeOrder.length;
    expect(places(scaled)).toBe(places(ours) * MULTIPLE);
    const shared = (built: Built) => bytes(built.map.body) + bytes(built.digests);
    expect(shared(scaled)).toBeGreaterThan(shared(ours) * 10);
    expect(scaled.placeFiles.size).toBe(ours.placeFiles.size * MULTIPLE);
    // Our places keep their reporting file byte for byte: the synthetic reports are about synthetic places.
    expect(scaled.placeFiles.get('lysychansk')).toBe(ours.placeFiles.get('lysychansk'));
    const largest = Math.max(...[...scaled.placeFiles.values()].map(bytes));
    const oursLargest = Math.max(...[...ours.placeFiles.values()].map(bytes));
    expect(largest, `largest place file ${largest} bytes against ${oursLargest}`).toBeLessThanOrEqual(oursLargest * 2);
  });
});
