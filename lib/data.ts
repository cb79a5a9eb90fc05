/**
 * The one server-only data-access module: reads the data set the build checked (geo/, validated
 * and its claims measured once by `npm run validate`: lib/checked-data.ts), and answers the
 * questions routes and pages ask. Components never read data themselves.
 */
import 'server-only';
import { cache } from 'react';
import type { ReportedData } from './bulk-points';
import { readCheckedData } from './checked-data';
import { type Correction, correctionsAbout, newestFirst } from './corrections';
import { layerSummary, sourceView } from './citations';
import { type DataManifest, readDataManifest, readMapDataFile, readPlaceReportingFile } from './data-files';
import { type Locale, localName } from './i18n';
import type { PlaceReporting } from './map-data';
import { type PlacePage, placePageOf } from './place-page';
import { placeWithSituation } from './situation-api';
import type { GeoData } from './types';

let cached: GeoData | undefined;

/** The checked data set, read once per process. Throws, saying how to make it, if the build has not. */
export function getData(): GeoData {
  cached ??= readCheckedData();
  return cached;
}

/** The stories (geo/stories/, lib/stories.ts), in file-name order. */
export function getStories() {
  return getData().stories;
}

export function listLayers() {
  const data = getData();
  return data.layers.map((layer) => layerSummary(layer, data));
}

/** The ids of every layer, place and source: the pages of the prerendered API (generateStaticParams). */
export function layerIds(): { id: string }[] {
  return getData().layers.map((l) => ({ id: l.entry.id }));
}

export function placeIds(): { id: string }[] {
  return [...getData().places.keys()].map((id) => ({ id }));
}

export function sourceIds(): { id: string }[] {
  return [...getData().sources.keys()].map((id) => ({ id }));
}

export function getLayer(id: string) {
  return getData().layers.find((l) => l.entry.id === id);
}

/** A place with its reports, claims, and control, activity and age (on the map's latest reporting date, and each change). */
export function getPlace(id: string) {
  return placeWithSituation(id, getData(), getMapData().dateRange.max);
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

let manifest: DataManifest | undefined;
let mapData: ReportedData | undefined;

/** The URLs of the data files the build wrote (lib/data-files.ts). */
export function getDataManifest(): DataManifest {
  manifest ??= readDataManifest();
  return manifest;
}

/** The version of the data the build checked (lib/data-version.ts): the id a citation gives, and its date. */
export function getDataVersion() {
  return getDataManifest().version;
}

/** The map's data file, as the browser gets it, joined to its report digests (lib/map-data.ts, lib/data-files.ts). */
export function getMapData(): ReportedData {
  mapData ??= readMapDataFile(getDataManifest().map);
  return mapData;
}

/** A place's reporting file (quotes, citations, sources), or undefined for an unknown place. */
export function getPlaceReporting(id: string): PlaceReporting | undefined {
  const url = Object.hasOwn(getDataManifest().places, id) ? getDataManifest().places[id] : undefined;
  return url ? readPlaceReportingFile(url) : undefined;
}

/**
 * What a place's page shows (lib/place-page.ts): on the map's latest reporting date, with its
 * reporting file in full. Once per place and render (React's `cache`): the page and its metadata
 * both ask, and each answer reads up to three reporting files.
 */
export const getPlacePage = cache((id: string): PlacePage | undefined =>
  placePageOf(id, getData(), getMapData().dateRange.max, getPlaceReporting),
);

/** The URL of a place's small map in a language (an SVG file the build drew), or undefined for an unknown place. */
export function getPlacePicture(id: string, locale: Locale): string | undefined {
  const { pictures } = getDataManifest();
  return Object.hasOwn(pictures, id) ? pictures[id]![locale] : undefined;
}

/** Every geographic claim with its map check, in file order (computed when the data is validated). */
export function getClaims() {
  return getData().claims;
}

/** The corrections log, newest first (geo/corrections.json). */
export function getCorrections(): Correction[] {
  return newestFirst(getData().corrections);
}

/**
 * The corrections that touch a place, directly or through its reports and their sources; newest first.
 * @param reporting the place's reporting file, which its page has already read
 */
export function getPlaceCorrections(id: string, reporting: PlaceReporting): Correction[] {
  return correctionsAbout(id, { reports: reporting.reports.map((r) => r.id), sources: Object.keys(reporting.sources) }, getData().corrections);
}

/** The display names of every place (in the reader's language) and source (as published), by id: what the corrections log names. */
export function getCorrectionNames(locale: Locale = 'en'): { places: Record<string, string>; sources: Record<string, string> } {
  const data = getData();
  const places = Object.fromEntries([...data.places].map(([id, { feature }]) => [id, localName(feature.properties, locale)]));
  const sources = Object.fromEntries([...data.sources].map(([id, source]) => [id, `${source.outlet}: ${source.title}`]));
  return { places, sources };
}
