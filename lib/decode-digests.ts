/**
 * The report digests file's wire format, and its decoder (the encoder, for the build, is
 * lib/map-data-digests.ts, which says what the format saves). The browser loads this module on its
 * own, with the file, when a component first asks for the digests (components/data/use-data-file.ts):
 * most embeds never do, and the embed's start is on a budget (tests/lib/embed-budget.test.ts).
 * Pure.
 */
import type { EmbedData, ReportedData } from './bulk-points';
import type { ReportedPlace } from './map-data';
import type { Assertion, DateInfo } from './schemas';
import type { ReportDigest } from './situation';

/**
 * A date as the digests carry it (no `basis`), relative to a day it is near: a number (days after
 * `base`, times two, plus one when approximate) where it is only a date, else the same number with
 * its `earliest` and `latest` as days after `base`.
 */
export type WireDate = number | [number, number | null, number | null];

/** [place slot in the report's places, value code × 2 + axis (0 control, 1 activity), basis code, according_to code, describes?] */
export type WireAssertion = [number, number, number, number] | [number, number, number, number, WireDate];

export interface WireReports {
  id: string[];
  /** Indices of the places each report names, in the map file's place order. */
  places: number[][];
  /** What each describes, relative to the day the report before it describes (the first: to day 0). */
  describes: WireDate[];
  /** When it was reported, relative to the day it describes. */
  reported: WireDate[];
  assertions: WireAssertion[][];
}

export interface DigestsWire {
  /** The format, so that a client never misreads a file of another. */
  format: 'digests/1';
  strings: string[];
  reports: WireReports;
  /** Places whose reports are not, in table order, every report naming them: their report indices. */
  reportOrder: Record<number, number[]>;
}

// Two lines of lib/map-data-wire.ts (dateOf, stringOf) again rather than imported: a module the
// entry shares with this one becomes a chunk of its own that every frame loads at start, and its
// overhead (about 0.4 KB gzip) was more than this module saves there.
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
function stringOf(strings: readonly string[], code: number): string {
  const s = strings[code];
  if (s === undefined) throw new Error(`report digests: no string ${code}`);
  return s;
}

function decodeDate(w: WireDate, base: number): DateInfo {
  const [code, earliest, latest] = typeof w === 'number' ? [w, null, null] : w;
  // `& 1` is the approximate bit for negative codes too (two's complement).
  const approximate = (code & 1) === 1;
  const d: DateInfo = { date: dateOf(base + (code - (code & 1)) / 2), approximate };
  if (earliest !== null) d.earliest = dateOf(base + earliest);
  if (latest !== null) d.latest = dateOf(base + latest);
  return d;
}

/** The first day a wire date stands for (the next date of a column is coded relative to it). */
function dayOfWire(w: WireDate, base: number): number {
  const code = typeof w === 'number' ? w : w[0];
  return base + (code - (code & 1)) / 2;
}

function decodeAssertion(w: WireAssertion, r: ReportDigest, strings: readonly string[], base: number): Assertion {
  const [slot, value, basis, according, describes] = w;
  const place = r.places[slot]!;
  const word = stringOf(strings, value >> 1);
  const fields = { place, basis: stringOf(strings, basis), according_to: stringOf(strings, according) } as Assertion;
  const a = (value & 1 ? { ...fields, activity: word } : { ...fields, control: word }) as Assertion;
  if (describes !== undefined) a.describes = decodeDate(describes, base);
  return a;
}

function decodeReports(w: WireReports, placeIds: readonly string[], strings: readonly string[]): ReportDigest[] {
  let previous = 0;
  return w.id.map((id, i) => {
    const day = dayOfWire(w.describes[i]!, previous);
    const r: ReportDigest = {
      id,
      places: w.places[i]!.map((p) => {
        const place = placeIds[p];
        if (place === undefined) throw new Error(`report digests: report ${id} names place ${p}, which the map data has not`);
        return place;
      }),
      describes: decodeDate(w.describes[i]!, previous),
      reported: decodeDate(w.reported[i]!, day),
      assertions: [],
    };
    r.assertions = w.assertions[i]!.map((a) => decodeAssertion(a, r, strings, day));
    previous = day;
    return r;
  });
}

/** Each place's reports as the table gives them: every report naming it, in table order. */
export function derivedReports(table: readonly ReportDigest[], placeIds: readonly string[]): ReportDigest[][] {
  const index = new Map(placeIds.map((id, i) => [id, i]));
  const out: ReportDigest[][] = placeIds.map(() => []);
  for (const r of table) for (const p of r.places) out[index.get(p)!]?.push(r);
  return out;
}

/**
 * The map data joined to its report digests: the same places, each with its reports.
 * @param data the map data decoded from the file that names this one (lib/map-data-codec.ts)
 */
export function decodeDigests(wire: DigestsWire, data: EmbedData): ReportedData {
  if (wire.format !== 'digests/1') throw new Error(`report digests: unknown format ${String(wire.format)}`);
  const table = decodeReports(wire.reports, data.placeOrder, wire.strings);
  const derived = derivedReports(table, data.placeOrder);
  const places: Record<string, ReportedPlace> = {};
  data.placeOrder.forEach((id, i) => {
    places[id] = { ...data.places[id]!, reports: wire.reportOrder[i]?.map((k) => table[k]!) ?? derived[i]! };
  });
  return { ...data, places };
}
