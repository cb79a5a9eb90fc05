// The map data file's wire format (lib/map-data-codec.ts): what the browser decodes is exactly the
// map data the build made, for our data, for a data set 100 times ours, and with a bulk layer.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EmbedData, embedDataOf, isBulkLayer } from '@/lib/bulk-points';
import { mapDataOf } from '@/lib/map-data';
import { decodeMapData, encodeMapData } from '@/lib/map-data-codec';
import { formatIssue, validateGeoData } from '@/lib/validate';
import { withSyntheticLayer } from '../../scripts/bench/synthetic';
import { scaledGeoFiles } from '../../scripts/scale-data';
import { GEO_DIR, loadGeoData, TEST_SEARCH_URL, testReportingUrl } from './geo-data';

let ours: EmbedData;
let scaled: EmbedData;

beforeAll(() => {
  ours = embedDataOf(mapDataOf(loadGeoData(), testReportingUrl, TEST_SEARCH_URL));
  const files = scaledGeoFiles(100, 20220224, GEO_DIR);
  const result = validateGeoData((p) => files.get(p) ?? null);
  if (!result.ok) throw new Error(result.issues.slice(0, 20).map(formatIssue).join('\n'));
  scaled = embedDataOf(mapDataOf(result.data, testReportingUrl, TEST_SEARCH_URL));
}, 60_000);

/** Through JSON, as the file carries it to the browser. */
const roundTrip = (data: EmbedData) => decodeMapData(JSON.parse(JSON.stringify(encodeMapData(data))));
const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('encodeMapData and decodeMapData', () => {
  it('give back our map data exactly', () => {
    expect(roundTrip(ours)).toStrictEqual(ours);
  });

  it('give back the map data of a data set 100 times ours exactly', () => {
    expect(roundTrip(scaled)).toStrictEqual(scaled);
  });

  it('give back a bulk point layer and the places kept beside it', () => {
    const bulk = withSyntheticLayer(ours, 3000, 20220703);
    expect(isBulkLayer(bulk.layers.at(-1)!)).toBe(true);
    expect(roundTrip(bulk)).toStrictEqual(bulk);
  });

  it('give back a place whose reports are not in the order of the table', () => {
    const id = ours.placeOrder.find((p) => ours.places[p]!.reports.length > 2)!;
    const place = ours.places[id]!;
    const reordered = { ...ours, places: { ...ours.places, [id]: { ...place, reports: [...place.reports].reverse() } } };
    expect(roundTrip(reordered)).toStrictEqual(reordered);
  });

  it('send each report once, and a data set 100 times ours in under a third of the plain JSON (gzip)', () => {
    const wire = encodeMapData(scaled);
    const named = new Set(Object.values(scaled.places).flatMap((p) => p.reports.map((r) => r.id)));
    expect(wire.reports.id).toHaveLength(named.size);
    expect(gzip(wire)).toBeLessThan(gzip(scaled) / 3);
  });

  it('refuse a file of another format', () => {
    expect(() => decodeMapData({ ...encodeMapData(ours), format: 'map-data/0' } as never)).toThrow(/unknown format/);
  });
});
