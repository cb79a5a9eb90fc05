/**
 * The place pages' small maps as files (components/place-page/place-picture.tsx, written by
 * lib/write-data-files.ts): one SVG document per place and language, for both colour schemes, named by
 * its content. tests/e2e/place-page.spec.ts shows one in a page in both schemes.
 */
import { describe, expect, it } from 'vitest';
import { placePictures } from '@/components/place-page/place-picture';
import { HASHED_FILE_PATH } from '@/lib/cache-headers';
import { dataFilesOf } from '@/lib/write-data-files';
import { LOCALES } from '@/lib/i18n';
import { frameAround, pictureOf } from '@/lib/map-picture';
import { PLACE_PICTURE_SIZE } from '@/lib/place-page';
import { loadGeoData, loadMapData } from './geo-data';

const data = loadGeoData();
const { manifest, files } = dataFilesOf(data, { id: '0123456789ab', date: '2026-01-01' }, placePictures);
const body = (url: string) => files.find((f) => f.url === url)!.body;
/** The shapes a picture draws at the root, as their tags, in order: each label (its dot and text) is a group, left out. */
const rootShapes = (svg: string) => [...svg.replace(/<g>.*?<\/g>/gs, '').matchAll(/<(path|circle) /g)].map((m) => m[1]);

describe('the places’ small maps', () => {
  it('are a file per place and language, in a folder named by their content, which the manifest names and any cache may keep', () => {
    expect(Object.keys(manifest.pictures)).toEqual([...data.places.keys()]);
    for (const [id, urls] of Object.entries(manifest.pictures)) {
      for (const locale of LOCALES) {
        expect(urls[locale]).toMatch(new RegExp(`^/_data/pictures\\.[0-9a-f]{12}/${id}\\.${locale}\\.svg$`));
        expect(urls[locale]).toMatch(HASHED_FILE_PATH);
        expect(body(urls[locale])).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="400"/);
      }
    }
  });

  it('draw what the map draws of the place’s neighbourhood on the page’s date, the place last, in both schemes', () => {
    const map = loadMapData();
    const { geometry } = data.places.get('lysychansk-refinery')!.feature;
    const frame = frameAround(geometry, PLACE_PICTURE_SIZE.width, PLACE_PICTURE_SIZE.height);
    const light = pictureOf(map, { frame, date: map.dateRange.max, theme: 'light', selected: 'lysychansk-refinery' });
    const svg = body(manifest.pictures['lysychansk-refinery']!.en);
    expect(rootShapes(svg)).toEqual(light.shapes.map((s) => ('d' in s ? 'path' : 'circle')));
    expect(light.shapes.at(-1)!.key).toBe('lysychansk-refinery');
    // Both schemes in one document: the reader's scheme picks each colour.
    expect(svg).toContain('color-scheme:light dark');
    expect(svg).toMatch(/style="fill:light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)"/);
  });

  it('name the towns in the page’s language, and differ only where a name does', () => {
    const { en, uk } = manifest.pictures['lysychansk-refinery']!;
    expect(body(en)).toContain('>Maloriazantseve</text>');
    expect(body(uk)).toContain('>Малорязанцеве</text>');
    expect(body(uk)).not.toContain('Maloriazantseve');
    expect(body(en).replace(/<text[^>]*>[^<]*<\/text>/g, '')).toBe(body(uk).replace(/<text[^>]*>[^<]*<\/text>/g, ''));
  });
});
