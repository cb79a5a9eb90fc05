/**
 * The layers of the map data file's wire format (lib/map-data-codec.ts). A feature's properties
 * are its place's (lib/map-data.ts mapFeatureOf), so a layer whose features are its places in list
 * order sends only their geometries, coordinates as integers of millionths, each relative to the
 * one before. Any other layer goes as it is: bulk point layers (already compact), and a layer this
 * format cannot rebuild exactly. Pure.
 */
import type { BulkPoints, EmbedData, EmbedLayer } from './bulk-points';
import { isBulkLayer } from './bulk-points';
import type { MapFeature, MapLayer, MapPlace } from './map-data';
import { DeltaCoder, isMicro, type StringTable, stringOf } from './map-data-wire';
import type { Geometry } from './types';

/** Nested coordinates, with every position (an array of numbers) coded. */
type Coordinates = number[] | Coordinates[];
/** [geometry type code, coordinates]. */
type WireGeometry = [number, Coordinates];

export type WireLayer = Omit<MapLayer, 'collection'> &
  ({ geometries: WireGeometry[] } | { collection: MapLayer['collection'] } | { points: BulkPoints });

function isPosition(c: Coordinates): c is number[] {
  return typeof c[0] === 'number';
}

function mapPositions(c: Coordinates, f: (p: number[]) => number[]): Coordinates {
  return isPosition(c) ? f(c) : c.map((x) => mapPositions(x, f));
}

function everyPosition(c: Coordinates, f: (p: number[]) => boolean): boolean {
  return isPosition(c) ? f(c) : c.every((x) => everyPosition(x, f));
}

/** The properties the map data gives a place's feature (lib/map-data.ts mapFeatureOf). */
function featureProperties(p: MapPlace): MapFeature['properties'] {
  return { kind: p.kind, name: p.name, precision: p.precision, ...(p.label_point ? { label_point: p.label_point } : {}) };
}

/** Whether the layer's features can be rebuilt from their places and geometries alone. */
function rebuildable(layer: MapLayer, places: readonly MapPlace[]): boolean {
  const features = layer.collection.features;
  if (Object.keys(layer.collection).length !== 2 || features.length !== places.length) return false;
  return features.every((f, i) => {
    const p = places[i]!;
    const g = f.geometry;
    return (
      f.id === p.id &&
      Object.keys(f).sort().join() === 'geometry,id,properties,type' &&
      JSON.stringify(f.properties) === JSON.stringify(featureProperties(p)) &&
      g.type !== 'GeometryCollection' &&
      Object.keys(g).length === 2 &&
      everyPosition(g.coordinates as Coordinates, (pos) => pos.every(isMicro))
    );
  });
}

/** The layers in wire form: geometries only where the features are their places'. */
export function encodeLayers(data: EmbedData, strings: StringTable): WireLayer[] {
  return data.layers.map((layer: EmbedLayer): WireLayer => {
    if (isBulkLayer(layer)) return layer;
    const { collection, ...meta } = layer;
    const places = data.placeOrder.map((id) => data.places[id]!).filter((p) => p.layer === layer.id);
    if (!rebuildable(layer, places)) return layer;
    const coder = new DeltaCoder();
    return {
      ...meta,
      geometries: collection.features.map(({ geometry: g }) => {
        if (g.type === 'GeometryCollection') throw new Error('unreachable: checked by rebuildable');
        return [strings.code(g.type), mapPositions(g.coordinates as Coordinates, (p) => coder.encode(p))];
      }),
    };
  });
}

/** The layers from their wire form; `places` in list order. */
export function decodeLayers(layers: readonly WireLayer[], places: readonly MapPlace[], strings: readonly string[]): EmbedLayer[] {
  const ofLayer = new Map<string, MapPlace[]>();
  for (const p of places) {
    const list = ofLayer.get(p.layer);
    if (list) list.push(p);
    else ofLayer.set(p.layer, [p]);
  }
  return layers.map((layer): EmbedLayer => {
    if (!('geometries' in layer)) return layer;
    const { geometries, ...meta } = layer;
    const own = ofLayer.get(layer.id) ?? [];
    const coder = new DeltaCoder();
    const features = geometries.map(([type, coordinates], i): MapFeature => {
      const p = own[i]!;
      const geometry = { type: stringOf(strings, type), coordinates: mapPositions(coordinates, (d) => coder.decode(d)) } as Geometry;
      return { type: 'Feature', id: p.id, geometry, properties: featureProperties(p) };
    });
    return { ...meta, collection: { type: 'FeatureCollection', features } };
  });
}
