/**
 * The report digests file (written by lib/data-files.ts beside the map file; decoded by
 * lib/decode-digests.ts, which holds its format): every place's reports in digest form (dates and
 * assertions, no quotes), which say its situation on any date. Apart from the map file because a
 * map opens on the latest date, whose looks the map file carries: with a data set 100 times ours
 * the digests were 26 of its 64 KB (gzip), and most embeds never leave their opening date (npm run
 * bench:data). What the format saves:
 * - each report digest once, in a table, instead of once per place it names; places find theirs by
 *   index (the table is in the order each place lists its reports);
 * - places by their index in the map file's place order (the map file names this file: they are
 *   always of one build); repeated strings (according_to, basis, vocabulary) as codes, dates as
 *   small day numbers.
 * Pure: decodeDigests(encodeDigests(x), decodeMapData(encodeMapData(x))) deep-equals x
 * (tests/lib/map-data-digests.test.ts).
 */
import type { ReportedData } from './bulk-points';
import { type DigestsWire, derivedReports, type WireAssertion, type WireDate, type WireReports } from './decode-digests';
import { dayOf, StringTable } from './map-data-wire';
import type { Assertion, DateInfo } from './schemas';
import type { ReportDigest } from './situation';

/** Every report digest once, in the order each place lists its reports (by date described, then id). */
function reportTable(data: ReportedData): ReportDigest[] {
  const byId = new Map<string, ReportDigest>();
  for (const id of data.placeOrder) for (const r of data.places[id]!.reports) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) =>
    a.describes.date < b.describes.date ? -1 : a.describes.date > b.describes.date ? 1 : a.id.localeCompare(b.id),
  );
}

function encodeDate(d: DateInfo, base: number): WireDate {
  if (d.basis !== undefined) throw new Error(`a digest's date has no basis: ${JSON.stringify(d)}`);
  const code = (dayOf(d.date) - base) * 2 + (d.approximate ? 1 : 0);
  if (d.earliest === undefined && d.latest === undefined) return code;
  const rel = (x: string | undefined) => (x === undefined ? null : dayOf(x) - base);
  return [code, rel(d.earliest), rel(d.latest)];
}

function encodeAssertion(a: Assertion, r: ReportDigest, strings: StringTable, base: number): WireAssertion {
  const slot = r.places.indexOf(a.place);
  if (slot < 0) throw new Error(`report ${r.id}: an assertion about ${a.place}, which it does not name`);
  const value = 'control' in a ? strings.code(a.control) * 2 : strings.code(a.activity) * 2 + 1;
  const head: [number, number, number, number] = [slot, value, strings.code(a.basis), strings.code(a.according_to)];
  return a.describes ? [...head, encodeDate(a.describes, base)] : head;
}

function encodeReports(table: readonly ReportDigest[], index: ReadonlyMap<string, number>, strings: StringTable): WireReports {
  const out: WireReports = { id: [], places: [], describes: [], reported: [], assertions: [] };
  let previous = 0;
  for (const r of table) {
    const day = dayOf(r.describes.date);
    out.id.push(r.id);
    out.places.push(
      r.places.map((p) => {
        const i = index.get(p);
        if (i === undefined) throw new Error(`report ${r.id} names ${p}, which the map data has not`);
        return i;
      }),
    );
    out.describes.push(encodeDate(r.describes, previous));
    out.reported.push(encodeDate(r.reported, day));
    out.assertions.push(r.assertions.map((a) => encodeAssertion(a, r, strings, day)));
    previous = day;
  }
  return out;
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
}

/** The places' report digests of the map data, in the wire format. */
export function encodeDigests(data: ReportedData): DigestsWire {
  const strings = new StringTable();
  const table = reportTable(data);
  const index = new Map(data.placeOrder.map((id, i) => [id, i]));
  const position = new Map(table.map((r, i) => [r.id, i]));
  const derived = derivedReports(table, data.placeOrder);
  const reportOrder: Record<number, number[]> = {};
  data.placeOrder.forEach((id, i) => {
    const own = data.places[id]!.reports;
    if (!sameIds(own, derived[i]!)) reportOrder[i] = own.map((r) => position.get(r.id)!);
  });
  return { format: 'digests/1', strings: strings.strings, reports: encodeReports(table, index, strings), reportOrder };
}
