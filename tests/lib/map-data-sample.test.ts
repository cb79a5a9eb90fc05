/**
 * The component tests run in a browser, where lib/data.ts cannot (it reads geo/ with fs). They use
 * tests/fixtures/map-data-sample.json instead: a small part of the real map data, cut by sampleOf
 * from mapDataOf(geo/), with the reporting files of its places (placeReportingOf), and committed. This test fails when the file no longer matches geo/;
 * regenerate it with `UPDATE_GOLDENS=1 npx vitest run --project node tests/lib/map-data-sample.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { type MapData, mapDataOf, type PlaceReporting, placeReportingOf, type ReportedPlace } from '@/lib/map-data';
import type { GeoData } from '@/lib/types';
import { loadGeoData, REPO_ROOT } from './geo-data';

const FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'map-data-sample.json');

/** The facilities layer (two points, for the map test) and the places whose reporting the component tests read. */
const LAYERS = ['facilities'];
const PLACES = [
  // Two activities in one quote, one over a range of dates; three claims checked on the map, one consistent and two not.
  'lysychansk-refinery',
  // Part of Severodonetsk, whose later reporting of control makes its own possibly out of date.
  'azot',
  'severodonetsk',
  // Reported (8 February 2023) on a later day than the day it describes, approximate dates.
  'kramatorsk',
  // Reports from three sources (the panel's groups), none of which states a situation.
  'donbas',
];

/** Where the sample says each place's reporting file is: the component tests seed these URLs (DataSeed). */
const reportingUrl = (id: string) => `/_data/places/${id}.sample.json`;

type Sample = MapData<ReportedPlace>;

function sampleOf(data: GeoData): { map: Sample; reporting: Record<string, PlaceReporting> } {
  const map = mapDataOf(data, { reporting: reportingUrl, search: '/_data/search.sample.json', digests: '/_data/digests.sample.json' });
  const places = Object.fromEntries(PLACES.map((id) => [id, map.places[id]!]));
  const layers = map.layers.filter((l) => LAYERS.includes(l.id));
  const credited = new Set<string>(layers.flatMap((l) => l.attribution));
  const reporting = Object.fromEntries(PLACES.map((id) => [reportingUrl(id), placeReportingOf(id, data)]));
  return { map: sampleMap(map, places, layers, credited), reporting };
}

function sampleMap(map: Sample, places: Sample['places'], layers: Sample['layers'], credited: Set<string>): Sample {
  return {
    layers,
    // The offline base map is drawn by OfflineBase, which no component test renders.
    base: { type: 'FeatureCollection', features: [] },
    baseAttribution: [],
    places,
    looks: Object.fromEntries(Object.entries(map.looks).filter(([id]) => id in places)),
    digests: map.digests,
    placeOrder: map.placeOrder.filter((id) => id in places),
    attributions: Object.fromEntries(Object.entries(map.attributions).filter(([key]) => credited.has(key))),
    search: map.search,
    dates: map.dates,
    dateRange: map.dateRange,
  };
}

it('tests/fixtures/map-data-sample.json is the sample of the map data built from geo/', () => {
  const sample = sampleOf(loadGeoData());
  for (const l of sample.map.layers) for (const f of l.collection.features) expect(sample.map.places, `${l.id} ${f.id}`).toHaveProperty(f.id);
  const text = `${JSON.stringify(sample, null, 2)}\n`;
  if (process.env.UPDATE_GOLDENS) fs.writeFileSync(FILE, text);
  expect(JSON.parse(fs.readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(text));
});
