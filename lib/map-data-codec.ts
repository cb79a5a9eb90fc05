/**
 * The map data file's compact wire format (written by lib/data-files.ts, read by the browser and
 * by lib/data.ts), decoded into the same EmbedData the components use. What it saves, measured on
 * a data set 100 times ours (npm run bench:data):
 * - each report digest once, in a table, instead of once per place it names; places find theirs
 *   by index (the table is in the order each place lists its reports);
 * - repeated strings (according_to, basis, vocabulary, kinds) as codes, dates as small day numbers;
 * - each feature's properties once (they are its place's), coordinates as integers of millionths,
 *   each relative to the one before.
 * Pure: decodeMapData(encodeMapData(x)) deep-equals x (tests/lib/map-data-codec.test.ts).
 */
import type { EmbedData } from './bulk-points';
import type { MapPlace } from './map-data';
import { decodeLayers, encodeLayers, type WireLayer } from './map-data-layers';
import { datesOf, daySteps, decodeDate, dayOf, dayOfWire, encodeDate, StringTable, stringOf, type WireDate } from './map-data-wire';
import type { Assertion } from './schemas';
import type { ReportDigest } from './situation';

/** [place slot in the report's places, value code × 2 + axis (0 control, 1 activity), basis code, according_to code, describes?] */
type WireAssertion = [number, number, number, number] | [number, number, number, number, WireDate];

interface WireReports {
  id: string[];
  /** Indices of the places each report names, in WirePlaces order. */
  places: number[][];
  /** What each describes, relative to the day the report before it describes (the first: to day 0). */
  describes: WireDate[];
  /** When it was reported, relative to the day it describes. */
  reported: WireDate[];
  assertions: WireAssertion[][];
}

interface WirePlaces {
  id: string[];
  /** Index of the place's layer in MapDataWire.layers. */
  layer: number[];
  geometryType: number[];
  kind: number[];
  name: string[];
  name_uk: string[];
  /** 0: exact; else the radius_m of an approximate position. */
  precision: number[];
  /** Sparse, by place index. */
  label_point: Record<number, [number, number]>;
  part_of: Record<number, string>;
  /** Each place's reporting URL is reportingPrefix + id + this; null: the whole URL is in reportingUrls. */
  reportingPrefix: string;
  reporting: (string | null)[];
  reportingUrls: Record<number, string>;
  /** Places whose reports are not, in table order, every report naming them: their report indices. */
  reportOrder: Record<number, number[]>;
}

export interface MapDataWire extends Pick<EmbedData, 'base' | 'baseAttribution' | 'attributions' | 'search' | 'dateRange'> {
  /** The format, so that a client never misreads a file of another. */
  format: 'map-data/1';
  strings: string[];
  layers: WireLayer[];
  /** MapData.dates as days, each after the one before it. */
  dates: number[];
  places: WirePlaces;
  reports: WireReports;
}

/** Every report digest once, in the order each place lists its reports (by date described, then id). */
function reportTable(data: EmbedData): ReportDigest[] {
  const byId = new Map<string, ReportDigest>();
  for (const id of data.placeOrder) for (const r of data.places[id]!.reports) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) =>
    a.describes.date < b.describes.date ? -1 : a.describes.date > b.describes.date ? 1 : a.id.localeCompare(b.id),
  );
}

function encodeAssertion(a: Assertion, r: ReportDigest, strings: StringTable, base: number): WireAssertion {
  const slot = r.places.indexOf(a.place);
  if (slot < 0) throw new Error(`report ${r.id}: an assertion about ${a.place}, which it does not name`);
  const value = 'control' in a ? strings.code(a.control) * 2 : strings.code(a.activity) * 2 + 1;
  const head: [number, number, number, number] = [slot, value, strings.code(a.basis), strings.code(a.according_to)];
  return a.describes ? [...head, encodeDate(a.describes, base)] : head;
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

function decodeReports(w: WireReports, placeIds: readonly string[], strings: readonly string[]): ReportDigest[] {
  let previous = 0;
  return w.id.map((id, i) => {
    const day = dayOfWire(w.describes[i]!, previous);
    const r: ReportDigest = {
      id,
      places: w.places[i]!.map((p) => placeIds[p]!),
      describes: decodeDate(w.describes[i]!, previous),
      reported: decodeDate(w.reported[i]!, day),
      assertions: [],
    };
    r.assertions = w.assertions[i]!.map((a) => decodeAssertion(a, r, strings, day));
    previous = day;
    return r;
  });
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
}

function encodePlaces(data: EmbedData, layerIds: readonly string[], table: readonly ReportDigest[], strings: StringTable): WirePlaces {
  const first = data.places[data.placeOrder[0] ?? ''];
  const reportingPrefix = first ? first.reporting.slice(0, Math.max(0, first.reporting.indexOf(first.id))) : '';
  const w: WirePlaces = {
    ...{ id: [], layer: [], geometryType: [], kind: [], name: [], name_uk: [], precision: [] },
    ...{ label_point: {}, part_of: {}, reportingPrefix, reporting: [], reportingUrls: {}, reportOrder: {} },
  };
  const derived = derivedReports(table, data.placeOrder);
  data.placeOrder.forEach((id, i) => {
    const p = data.places[id]!;
    w.id.push(id);
    w.layer.push(layerIds.indexOf(p.layer));
    w.geometryType.push(strings.code(p.geometryType));
    w.kind.push(strings.code(p.kind));
    w.name.push(p.name);
    w.name_uk.push(p.name_uk);
    w.precision.push(p.precision.type === 'exact' ? 0 : p.precision.radius_m);
    if (p.label_point) w.label_point[i] = p.label_point;
    if (p.part_of !== undefined) w.part_of[i] = p.part_of;
    const own = p.reporting.startsWith(reportingPrefix + id);
    w.reporting.push(own ? p.reporting.slice(reportingPrefix.length + id.length) : null);
    if (!own) w.reportingUrls[i] = p.reporting;
    if (!sameIds(p.reports, derived[i]!)) w.reportOrder[i] = p.reports.map((r) => table.findIndex((t) => t.id === r.id));
  });
  return w;
}

/** Each place's reports as the table gives them: every report naming it, in table order. */
function derivedReports<R extends { places: readonly (string | number)[] }>(table: readonly R[], placeIds: readonly string[]): R[][] {
  const index = new Map<string | number, number>(placeIds.map((id, i) => [id, i]));
  const out: R[][] = placeIds.map(() => []);
  for (const r of table) for (const p of r.places) out[typeof p === 'number' ? p : index.get(p)!]?.push(r);
  return out;
}

function decodePlaces(w: WirePlaces, layerIds: readonly string[], table: readonly ReportDigest[], strings: readonly string[]) {
  const derived = derivedReports(table, w.id);
  const places: Record<string, MapPlace> = {};
  w.id.forEach((id, i) => {
    const precision = w.precision[i]!;
    const place: MapPlace = {
      id,
      layer: layerIds[w.layer[i]!]!,
      geometryType: stringOf(strings, w.geometryType[i]!) as MapPlace['geometryType'],
      kind: stringOf(strings, w.kind[i]!) as MapPlace['kind'],
      name: w.name[i]!,
      name_uk: w.name_uk[i]!,
      precision: precision === 0 ? { type: 'exact' } : { type: 'approximate', radius_m: precision },
      reports: w.reportOrder[i]?.map((k) => table[k]!) ?? derived[i]!,
      reporting: w.reportingUrls[i] ?? `${w.reportingPrefix}${id}${w.reporting[i]}`,
    };
    if (w.label_point[i]) place.label_point = w.label_point[i];
    if (w.part_of[i] !== undefined) place.part_of = w.part_of[i];
    places[id] = place;
  });
  return places;
}

/** The map data (lib/bulk-points.ts EmbedData) in the wire format. */
export function encodeMapData(data: EmbedData): MapDataWire {
  const strings = new StringTable();
  const table = reportTable(data);
  const index = new Map(data.placeOrder.map((id, i) => [id, i]));
  const layerIds = data.layers.map((l) => l.id);
  return {
    format: 'map-data/1',
    strings: strings.strings,
    layers: encodeLayers(data, strings),
    base: data.base,
    baseAttribution: data.baseAttribution,
    attributions: data.attributions,
    search: data.search,
    dates: daySteps(data.dates),
    dateRange: data.dateRange,
    places: encodePlaces(data, layerIds, table, strings),
    reports: encodeReports(table, index, strings),
  };
}

/** The map data from its wire format: the objects the components read. */
export function decodeMapData(wire: MapDataWire): EmbedData {
  if (wire.format !== 'map-data/1') throw new Error(`map data: unknown format ${String(wire.format)}`);
  const table = decodeReports(wire.reports, wire.places.id, wire.strings);
  const layerIds = wire.layers.map((l) => l.id);
  const places = decodePlaces(wire.places, layerIds, table, wire.strings);
  return {
    layers: decodeLayers(
      wire.layers,
      wire.places.id.map((id) => places[id]!),
      wire.strings,
    ),
    base: wire.base,
    baseAttribution: wire.baseAttribution,
    places,
    placeOrder: wire.places.id,
    attributions: wire.attributions,
    search: wire.search,
    dates: datesOf(wire.dates),
    dateRange: wire.dateRange,
  };
}
