/**
 * The one server-only data-access module: reads geo/, validates it (lib/validate.ts) once per
 * process, and answers the questions routes and pages ask. Components never read data themselves.
 */
import 'server-only';
import { layerSummary, placeView, sourceView } from './citations';
import { type MapData, mapDataOf } from './map-data';
import { geoFileReader } from './read-geo';
import type { GeoData } from './types';
import { formatIssue, validateGeoData } from './validate';

let cached: GeoData | undefined;

/** The checked data set. Throws, listing every problem, if geo/ is invalid (the build catches it first). */
export function getData(): GeoData {
  if (cached) return cached;
  const result = validateGeoData(geoFileReader());
  if (!result.ok) throw new Error(`Invalid data in geo/:\n${result.issues.map(formatIssue).join('\n')}`);
  cached = result.data;
  return cached;
}

export function listLayers() {
  const data = getData();
  return data.layers.map((layer) => layerSummary(layer, data));
}

export function getLayer(id: string) {
  return getData().layers.find((l) => l.entry.id === id);
}

export function getPlace(id: string) {
  return placeView(id, getData());
}

export function listSources() {
  const data = getData();
  return [...data.sources.values()].map((s) => sourceView(s, data));
}

export function getSource(id: string) {
  const data = getData();
  const source = data.sources.get(id);
  return source ? sourceView(source, data) : undefined;
}

let mapData: MapData | undefined;

/** Everything the map page sends to the browser (see lib/map-data.ts). */
export function getMapData(): MapData {
  mapData ??= mapDataOf(getData());
  return mapData;
}

/** Every geographic claim with its map check, in file order (computed when the data is validated). */
export function getClaims() {
  return getData().claims;
}
