/**
 * The embed's lean format for large point layers. A layer of thousands of points sent as GeoJSON
 * features, each with a full MapPlace beside it, makes a page of tens of megabytes (100,000 points:
 * 76 MB) that takes seconds to parse before any map code runs. A bulk layer carries only what the
 * map draws and the pop-up names: ids, a flat coordinate array and names. Places that have reports
 * (or an approximate position to explain) keep their MapPlace entry, so their pop-ups still quote
 * the reporting. Pure; used by lib/embed-config.ts and the scale bench (scripts/bench/).
 */
import type { MapData, MapFeature, MapLayer, MapPlace, ReportedPlace } from './map-data';
import type { PlaceShape } from './place-geometry';

/**
 * Above this many points a layer is sent in bulk form and drawn as one canvas layer; the embed
 * client also draws ordinary points on canvas above this many points in all (one constant for both).
 */
export const BULK_POINTS = 2000;

/** The points of a bulk layer: parallel arrays, point `i` at `coords[2i]` (lon), `coords[2i + 1]` (lat). */
export interface BulkPoints {
  ids: string[];
  /** Flat lon, lat pairs (RFC 7946 order), rounded to at most 6 decimals. */
  coords: number[];
  /** The names shown in the pop-ups. */
  names: string[];
}

/** A layer in bulk form: the layer's metadata, and its points instead of a FeatureCollection. */
export interface BulkPointLayer extends Omit<MapLayer, 'collection'> {
  points: BulkPoints;
}

export type EmbedLayer = MapLayer | BulkPointLayer;

/** The map data as the embed sends it: bulk layers in bulk form, without MapPlaces that add nothing. */
export interface EmbedData<P extends MapPlace = MapPlace> extends Omit<MapData<P>, 'layers'> {
  layers: EmbedLayer[];
}

/** The map data joined to its report digests (lib/map-data-digests.ts): each place's situation on any date. */
export type ReportedData = EmbedData<ReportedPlace>;

/** Whether a layer of the embed's data is in bulk form. */
export function isBulkLayer(layer: EmbedLayer): layer is BulkPointLayer {
  return 'points' in layer;
}

/** Whether a layer goes in bulk form: more than BULK_POINTS features, every one a Point. */
export function isBulkCandidate(layer: MapLayer, threshold = BULK_POINTS): boolean {
  const features = layer.collection.features;
  return features.length > threshold && features.every((f) => f.geometry.type === 'Point');
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Encodes Point features into parallel arrays.
 * @param features Point features (anything else is an error: the caller checks with isBulkCandidate)
 * @returns ids, flat lon/lat pairs rounded to 6 decimals, names
 * @example encodeBulkPoints([{ id: 'a', geometry: { type: 'Point', coordinates: [38.4, 48.9] }, … }])
 *   // { ids: ['a'], coords: [38.4, 48.9], names: ['…'] }
 */
export function encodeBulkPoints(features: readonly MapFeature[]): BulkPoints {
  const ids: string[] = new Array(features.length);
  const names: string[] = new Array(features.length);
  const coords: number[] = new Array(features.length * 2);
  features.forEach((f, i) => {
    if (f.geometry.type !== 'Point') throw new Error(`encodeBulkPoints: feature "${f.id}" is a ${f.geometry.type}, not a Point`);
    const [lon, lat] = f.geometry.coordinates;
    if (lon === undefined || lat === undefined) throw new Error(`encodeBulkPoints: feature "${f.id}" has no coordinates`);
    ids[i] = f.id;
    names[i] = f.properties.name;
    coords[2 * i] = round6(lon);
    coords[2 * i + 1] = round6(lat);
  });
  return { ids, coords, names };
}

/**
 * A place's shape in the map data, whether a feature of an ordinary layer or a point of a bulk
 * layer (found by a scan of its ids: only on selecting a place, never per frame).
 * @returns the feature, or a Point shape for a bulk point, or undefined for an unknown id
 */
export function shapeOf(data: Pick<EmbedData, 'places' | 'layers'>, id: string): PlaceShape | undefined {
  const place = data.places[id];
  for (const layer of data.layers) {
    if (!isBulkLayer(layer)) {
      if (place?.layer === layer.id) return layer.collection.features.find((f) => f.id === id);
      continue;
    }
    const i = layer.points.ids.indexOf(id);
    if (i >= 0)
      return { id, geometry: { type: 'Point', coordinates: [layer.points.coords[2 * i]!, layer.points.coords[2 * i + 1]!] }, properties: {} };
  }
  return undefined;
}

/** [lat, lng] of point `i` (Leaflet's order). */
export function bulkLatLng(points: BulkPoints, i: number): [number, number] {
  return [points.coords[2 * i + 1]!, points.coords[2 * i]!];
}

/** Whether a bulk point's MapPlace must still be sent: it has reporting to quote, or a position to qualify. */
function keepsPlace(place: ReportedPlace): boolean {
  return place.reports.length > 0 || place.precision.type === 'approximate';
}

/**
 * The embed's data: every layer over the threshold in bulk form, and the MapPlaces of its points
 * dropped unless they have reports or an approximate position. Other layers and places are passed
 * through unchanged (the same objects), so a map without large layers costs nothing here.
 * @param data the map data (lib/map-data.ts)
 * @param threshold points above which a layer goes in bulk form (default BULK_POINTS)
 */
export function embedDataOf(data: MapData<ReportedPlace>, threshold = BULK_POINTS): ReportedData {
  const bulk = data.layers.filter((l) => isBulkCandidate(l, threshold));
  if (!bulk.length) return data;
  const dropped = new Set<string>();
  for (const layer of bulk) {
    for (const f of layer.collection.features) {
      const place = data.places[f.id];
      if (!place || !keepsPlace(place)) dropped.add(f.id);
    }
  }
  const places: Record<string, ReportedPlace> = {};
  for (const [id, place] of Object.entries(data.places)) if (!dropped.has(id)) places[id] = place;
  const looks = Object.fromEntries(Object.entries(data.looks).filter(([id]) => !dropped.has(id)));
  return {
    ...data,
    layers: data.layers.map((l) => {
      if (!bulk.includes(l)) return l;
      const { collection, ...meta } = l;
      return { ...meta, points: encodeBulkPoints(collection.features) };
    }),
    places,
    looks,
    placeOrder: data.placeOrder.filter((id) => !dropped.has(id)),
  };
}
