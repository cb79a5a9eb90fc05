// The report digests file's wire format (lib/map-data-digests.ts): joined to the map file it
// belongs to, what the browser decodes is exactly the map data the build made, every place with its
// reports, for our data, for a data set 100 times ours, and with a bulk layer.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportedData } from '@/lib/bulk-points';
import { decodeMapData, encodeMapData } from '@/lib/map-data-codec';
import { decodeDigests } from '@/lib/decode-digests';
import { encodeDigests } from '@/lib/map-data-digests';
import { withSyntheticLayer } from '../../scripts/bench/synthetic';
import { loadOursAndScaled } from './geo-data';

let ours: ReportedData;
let scaled: ReportedData;

beforeAll(() => {
  ({ ours, scaled } = loadOursAndScaled());
}, 60_000);

/** Both files through JSON, as the browser gets them, decoded and joined. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const roundTrip = (data: ReportedData) => decodeDigests(json(encodeDigests(data)), decodeMapData(json(encodeMapData(data))));
const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('encodeDigests and decodeDigests', () => {
  it("give back our map data with every place's reports exactly", () => {
    expect(roundTrip(ours)).toStrictEqual(ours);
  });

  it('give back the map data of a data set 100 times ours exactly', () => {
    expect(roundTrip(scaled)).toStrictEqual(scaled);
  });

  it('give back the places kept beside a bulk point layer', () => {
    const bulk = withSyntheticLayer(ours, 3000, 20220703);
    expect(roundTrip(bulk)).toStrictEqual(bulk);
  });

  it('give back a place whose reports are not in the order of the table', () => {
    const id = ours.placeOrder.find((p) => ours.places[p]!.reports.length > 2)!;
    const place = ours.places[id]!;
    const reordered = { ...ours, places: { ...ours.places, [id]: { ...place, reports: [...place.reports].reverse() } } };
    expect(roundTrip(reordered)).toStrictEqual(reordered);
  });

  it('send each report once, and leave the map file the smaller part with 100 times our data (gzip)', () => {
    const wire = encodeDigests(scaled);
    const named = new Set(Object.values(scaled.places).flatMap((p) => p.reports.map((r) => r.id)));
    expect(wire.reports.id).toHaveLength(named.size);
    // What a first load of /embed fetches is the map file alone: the digests are over a third of both.
    expect(gzip(wire)).toBeGreaterThan(gzip(encodeMapData(scaled)) / 2);
  });

  it('refuse a file of another format, and one naming a place the map file has not', () => {
    const map = decodeMapData(json(encodeMapData(ours)));
    expect(() => decodeDigests({ ...encodeDigests(ours), format: 'digests/0' } as never, map)).toThrow(/unknown format/);
    const fewer = { ...map, placeOrder: map.placeOrder.slice(0, 1) };
    expect(() => decodeDigests(encodeDigests(ours), fewer)).toThrow(/names place \d+, which the map data has not/);
  });
});
