/**
 * The map data file's compact wire format (written by lib/data-files.ts, read by the browser and
 * by lib/data.ts), decoded into the same EmbedData the components use. The places' report digests
 * are in a file of their own (lib/map-data-digests.ts); each place's look on the latest date is
 * here, one small number. What it saves, measured on a data set 100 times ours (npm run bench:data):
 * - repeated strings (kinds, geometry types, vocabulary) as codes, dates as small day numbers;
 * - each feature's properties once (they are its place's), coordinates as integers of millionths,
 *   each relative to the one before.
 * Pure: decodeMapData(encodeMapData(x)) deep-equals x without its places' reports
 * (tests/lib/map-data-codec.test.ts).
 */
import type { EmbedData } from './bulk-points';
import type { MapPlace } from './map-data';
import { decodeLayers, encodeLayers, type WireLayer } from './map-data-layers';
import { datesOf, daySteps, decodeLook, encodeLook, StringTable, stringOf } from './map-data-wire';

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
  /** Each place's look on dateRange.max (lib/map-data-wire.ts encodeLook). */
  look: number[];
}

export interface MapDataWire extends Pick<EmbedData, 'base' | 'baseAttribution' | 'attributions' | 'search' | 'digests' | 'dateRange'> {
  /** The format, so that a client never misreads a file of another. */
  format: 'map-data/2';
  strings: string[];
  layers: WireLayer[];
  /** MapData.dates as days, each after the one before it. */
  dates: number[];
  places: WirePlaces;
}

function encodePlaces(data: EmbedData, layerIds: readonly string[], strings: StringTable): WirePlaces {
  const first = data.places[data.placeOrder[0] ?? ''];
  const reportingPrefix = first ? first.reporting.slice(0, Math.max(0, first.reporting.indexOf(first.id))) : '';
  const w: WirePlaces = {
    ...{ id: [], layer: [], geometryType: [], kind: [], name: [], name_uk: [], precision: [] },
    ...{ label_point: {}, part_of: {}, reportingPrefix, reporting: [], reportingUrls: {}, look: [] },
  };
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
    const look = data.looks[id];
    if (!look) throw new Error(`map data: place ${id} has no look`);
    w.look.push(encodeLook(look, strings));
  });
  return w;
}

function decodePlaces(w: WirePlaces, layerIds: readonly string[], strings: readonly string[]) {
  const places: Record<string, MapPlace> = {};
  const looks: EmbedData['looks'] = {};
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
      reporting: w.reportingUrls[i] ?? `${w.reportingPrefix}${id}${w.reporting[i]}`,
    };
    if (w.label_point[i]) place.label_point = w.label_point[i];
    if (w.part_of[i] !== undefined) place.part_of = w.part_of[i];
    places[id] = place;
    looks[id] = decodeLook(w.look[i]!, strings);
  });
  return { places, looks };
}

/** The map data (lib/bulk-points.ts EmbedData) in the wire format; its places' reports, if any, are left out (encodeDigests). */
export function encodeMapData(data: EmbedData): MapDataWire {
  const strings = new StringTable();
  const layerIds = data.layers.map((l) => l.id);
  return {
    format: 'map-data/2',
    strings: strings.strings,
    layers: encodeLayers(data, strings),
    base: data.base,
    baseAttribution: data.baseAttribution,
    attributions: data.attributions,
    search: data.search,
    digests: data.digests,
    dates: daySteps(data.dates),
    dateRange: data.dateRange,
    places: encodePlaces(data, layerIds, strings),
  };
}

/** The map data from its wire format: the objects the components read (places without their reports). */
export function decodeMapData(wire: MapDataWire): EmbedData {
  if (wire.format !== 'map-data/2') throw new Error(`map data: unknown format ${String(wire.format)}`);
  const layerIds = wire.layers.map((l) => l.id);
  const { places, looks } = decodePlaces(wire.places, layerIds, wire.strings);
  return {
    layers: decodeLayers(
      wire.layers,
      wire.places.id.map((id) => places[id]!),
      wire.strings,
    ),
    base: wire.base,
    baseAttribution: wire.baseAttribution,
    places,
    looks,
    digests: wire.digests,
    placeOrder: wire.places.id,
    attributions: wire.attributions,
    search: wire.search,
    dates: datesOf(wire.dates),
    dateRange: wire.dateRange,
  };
}
