import { createElement } from 'react';
import { IntlProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceList } from '@/components/places/place-list';
import { placeListing } from '@/lib/place-listing';
import { BULK_POINTS, bulkLatLng, embedDataOf, encodeBulkPoints, isBulkCandidate, isBulkLayer } from '@/lib/bulk-points';
import { embedConfigOf, wireConfigOf } from '@/lib/embed-config';
import { parseEmbedOptions } from '@/lib/embed-options';
import type { MapData, ReportedPlace } from '@/lib/map-data';
import type { PlaceFeature } from '@/lib/types';
import { battleArea, syntheticLayer } from '@/scripts/bench/synthetic';
import { loadRenderEmbedPage, TEST_PAGE_SETTINGS } from '../helpers/embed-page';
import { loadMapData } from './geo-data';
import { MESSAGES } from '../helpers/messages';

const data = loadMapData();
const known = { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange };

/** Our data with a synthetic layer of n points appended, as lib/map-data.ts would make it. */
function withPoints(n: number, edit?: (places: Record<string, ReportedPlace>) => void): MapData<ReportedPlace> {
  const { layer, places, looks, placeOrder } = syntheticLayer(n, battleArea(data), 11);
  edit?.(places);
  return {
    ...data,
    layers: [...data.layers, layer],
    places: { ...data.places, ...places },
    looks: { ...data.looks, ...looks },
    placeOrder: [...data.placeOrder, ...placeOrder],
  };
}

const point = (id: string, coordinates: number[], name = id): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    kind: 'bridge',
    name,
    name_uk: name,
    name_ru: name,
    aliases: [],
    precision: { type: 'exact' },
    geometry_source: { method: 'test', references: [], attribution: [] },
  },
});

describe('encodeBulkPoints', () => {
  it('writes ids, names and flat lon, lat pairs in feature order', () => {
    expect(encodeBulkPoints([point('a', [38.1, 48.2], 'A'), point('b', [38.3, 48.4], 'B')])).toEqual({
      ids: ['a', 'b'],
      coords: [38.1, 48.2, 38.3, 48.4],
      names: ['A', 'B'],
    });
  });
  it('rounds coordinates to 6 decimals', () => {
    expect(encodeBulkPoints([point('a', [38.12345678, -48.00000049])]).coords).toEqual([38.123457, -48]);
  });
  it('refuses anything but points, naming the feature', () => {
    const line: PlaceFeature = {
      ...point('river', [0, 0]),
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    expect(() => encodeBulkPoints([point('a', [1, 2]), line])).toThrow(/"river" is a LineString/);
  });
  it('round-trips through bulkLatLng in Leaflet order', () => {
    const { layer } = syntheticLayer(50, [38, 48, 39, 49], 3);
    const points = encodeBulkPoints(layer.collection.features);
    layer.collection.features.forEach((f, i) => {
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
      expect(bulkLatLng(points, i)).toEqual([lat, lon]);
    });
  });
});

describe('isBulkCandidate', () => {
  it('takes Point layers above the threshold only', () => {
    const points = (n: number) => syntheticLayer(n, [38, 48, 39, 49]).layer;
    expect(isBulkCandidate(points(BULK_POINTS))).toBe(false);
    expect(isBulkCandidate(points(BULK_POINTS + 1))).toBe(true);
    expect(isBulkCandidate(points(10), 5)).toBe(true);
    const mixed = points(10);
    mixed.collection.features[3] = {
      ...mixed.collection.features[3]!,
      geometry: {
        type: 'LineString',
        coordinates: [
          [38, 48],
          [38.1, 48.1],
        ],
      },
    };
    expect(isBulkCandidate(mixed, 5)).toBe(false);
  });
  it('none of our own layers is one', () => {
    expect(data.layers.filter((l) => isBulkCandidate(l))).toEqual([]);
  });
});

describe('embedDataOf', () => {
  it('passes a map without large layers through unchanged', () => {
    expect(embedDataOf(data)).toBe(data);
  });

  it('sends a large point layer in bulk form, without MapPlaces that add nothing', () => {
    const n = BULK_POINTS + 500;
    const input = withPoints(n);
    const out = embedDataOf(input);
    expect(out.layers.map((l) => l.id)).toEqual(input.layers.map((l) => l.id));
    // Our layers are the same objects; the synthetic one is in bulk form, with its metadata.
    for (const [i, l] of data.layers.entries()) expect(out.layers[i]).toBe(l);
    const bulk = out.layers.at(-1)!;
    expect(isBulkLayer(bulk)).toBe(true);
    if (!isBulkLayer(bulk)) return;
    expect(bulk).not.toHaveProperty('collection');
    expect(bulk).toMatchObject({ id: 'synthetic', title: `Synthetic reports (${n})`, style: 'bridge', attribution: ['project'] });
    expect(bulk.points.ids).toHaveLength(n);
    expect(bulk.points.coords).toHaveLength(2 * n);
    expect(bulk.points.names[41]).toBe('Synthetic report 42');
    // No reports, exact position: the points' MapPlaces are not sent; ours are.
    expect(Object.keys(out.places).sort()).toEqual(Object.keys(data.places).sort());
    expect(out.placeOrder).toEqual(data.placeOrder);
    // The input is not changed.
    expect(input.layers.at(-1)).toHaveProperty('collection');
    expect(Object.keys(input.places)).toHaveLength(Object.keys(data.places).length + n);
  });

  it('keeps the MapPlace of a point with reports or an approximate position', () => {
    const report = data.places.lysychansk!.reports[0]!;
    const out = embedDataOf(
      withPoints(BULK_POINTS + 1, (places) => {
        places['synthetic-7'] = { ...places['synthetic-7']!, reports: [report] };
        places['synthetic-9'] = { ...places['synthetic-9']!, precision: { type: 'approximate', radius_m: 500 } };
      }),
    );
    expect(out.places['synthetic-7']?.reports).toEqual([report]);
    expect(out.places['synthetic-9']?.precision.type).toBe('approximate');
    expect(out.places['synthetic-8']).toBeUndefined();
    expect(out.placeOrder.slice(data.placeOrder.length)).toEqual(['synthetic-7', 'synthetic-9']);
  });
});

describe('a bulk layer in the data file and the pages', () => {
  const n = 5000;
  const big = withPoints(n);
  const file = embedDataOf(big);
  const options = parseEmbedOptions(new URLSearchParams('list=1'), known);
  const input = (mapData: MapData<ReportedPlace>) => ({
    data: embedDataOf(mapData),
    dataUrl: '/_data/map.test.json',
    reporting: undefined,
    options,
    ...TEST_PAGE_SETTINGS,
  });
  let renderPage: Awaited<ReturnType<typeof loadRenderEmbedPage>>;
  beforeAll(async () => {
    renderPage = await loadRenderEmbedPage();
  });

  it('the data file has the layer in bulk form, a fraction of the size of every point as a feature and a place', () => {
    const layer = file.layers.at(-1)!;
    expect(isBulkLayer(layer) && layer.points.ids).toHaveLength(n);
    const json = JSON.stringify(file);
    expect(json).not.toContain('"type":"Feature","id":"synthetic-');
    expect(json.length).toBeLessThan(JSON.stringify(big).length / 3);
  });
  it('the embed page does not grow with the layer: it carries a summary, not the data', () => {
    const small = renderPage(input(data));
    const large = renderPage(input(big));
    expect(large).not.toContain('synthetic-');
    expect(Math.abs(large.length - small.length)).toBeLessThan(20);
    expect(JSON.parse(large.match(/<script id="fm-config" type="application\/json">([\s\S]*?)<\/script>/)![1]!)).toEqual(
      JSON.parse(JSON.stringify(wireConfigOf(embedConfigOf(input(big))))),
    );
  });
  it('the text list counts the points without reporting instead of listing them', () => {
    const list = renderToStaticMarkup(
      createElement(IntlProvider, {
        locale: 'en',
        messages: MESSAGES.en,
        timeZone: 'UTC',
        // biome-ignore lint/correctness/noChildrenProp: IntlProvider's props type requires children, which TypeScript does not see in createElement's third argument.
        children: createElement(PlaceList, { listing: placeListing(file), date: data.dateRange.max }),
      }),
    );
    expect(list).not.toContain('data-place-id="synthetic-');
    expect(list).toContain('5,000 points with no reporting attached, shown on the map only');
    expect(list).toContain('data-place-id="lysychansk"');
  });
});
