// The map data file's wire format (lib/map-data-codec.ts): what the browser decodes is exactly the
// map data the build made but for the places' reports (in the digests file, tested in
// map-data-digests.test.ts), for our data, for a data set 100 times ours, and with a bulk layer.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EmbedData, isBulkLayer, type ReportedData } from '@/lib/bulk-points';
import { looksOn } from '@/lib/map-data';
import { decodeMapData, encodeMapData } from '@/lib/map-data-codec';
import { encodeDigests } from '@/lib/map-data-digests';
import { withSyntheticLayer } from '../../scripts/bench/synthetic';
import { loadOursAndScaled } from './geo-data';

let ours: ReportedData;
let scaled: ReportedData;

beforeAll(() => {
  ({ ours, scaled } = loadOursAndScaled());
}, 60_000);

/** Through JSON, as the file carries it to the browser. */
const roundTrip = (data: EmbedData) => decodeMapData(JSON.parse(JSON.stringify(encodeMapData(data))));
const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;
/** The map data as its file carries it: the places without their reports (those are in the digests file). */
function withoutReports(data: ReportedData): EmbedData {
  const places = Object.fromEntries(Object.entries(data.places).map(([id, { reports: _, ...place }]) => [id, place]));
  return { ...data, places };
}

describe('encodeMapData and decodeMapData', () => {
  it("give back our map data exactly, without the places' reports", () => {
    expect(roundTrip(ours)).toStrictEqual(withoutReports(ours));
  });

  it("give back the map data of a data set 100 times ours exactly, without the places' reports", () => {
    expect(roundTrip(scaled)).toStrictEqual(withoutReports(scaled));
  });

  it('give back a bulk point layer and the places kept beside it', () => {
    const bulk = withSyntheticLayer(ours, 3000, 20220703);
    expect(isBulkLayer(bulk.layers.at(-1)!)).toBe(true);
    expect(roundTrip(bulk)).toStrictEqual(withoutReports(bulk));
  });

  it("carry each place's look on the latest date, as the digests say it", () => {
    const looks = roundTrip(scaled).looks;
    expect(looks).toStrictEqual(looksOn(scaled, scaled.dateRange.max));
    // Not all alike: the synthetic set has places of every control, some with activity, some stale.
    expect(new Set(Object.values(looks).map((l) => JSON.stringify(l))).size).toBeGreaterThan(3);
  });

  it('with the digests file, send a data set 100 times ours in under a third of the plain JSON (gzip)', () => {
    const wire = encodeMapData(scaled);
    expect(wire).not.toHaveProperty('reports');
    expect(gzip(wire) + gzip(encodeDigests(scaled))).toBeLessThan(gzip(scaled) / 3);
  });

  it('refuse a file of another format', () => {
    expect(() => decodeMapData({ ...encodeMapData(ours), format: 'map-data/1' } as never)).toThrow(/unknown format/);
  });
});
