import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchPlaces, type SearchEntry } from '@/lib/search';

/** The real gazetteer, built from every place layer in geo/ (the base map has no places). */
function gazetteer(): SearchEntry[] {
  const geo = path.resolve(__dirname, '..', '..', 'geo');
  const manifest = JSON.parse(fs.readFileSync(path.join(geo, 'layers.json'), 'utf8')) as { layers: { file: string }[] };
  const entries: SearchEntry[] = [];
  for (const { file } of manifest.layers) {
    const fc = JSON.parse(fs.readFileSync(path.join(geo, file), 'utf8')) as {
      features: { id: string; properties: { name: string; name_uk: string; name_ru: string; aliases: string[] } }[];
    };
    for (const f of fc.features) {
      const p = f.properties;
      entries.push({ id: f.id, names: [p.name, p.name_uk, p.name_ru, ...p.aliases] });
    }
  }
  return entries;
}

const GAZETTEER = gazetteer();
const firstHit = (q: string) => searchPlaces(q, GAZETTEER)[0]?.id;

describe('the gazetteer built from geo/', () => {
  it('has every place layer feature, including the three cities searched for below', () => {
    const ids = GAZETTEER.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['severodonetsk', 'lysychansk', 'bakhmut', 'slovyansk', 'lysychansk-refinery']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('searchPlaces over the real gazetteer', () => {
  it.each(['Sievierodonetsk', 'Сєвєродонецьк', 'Северодонецк', 'severodonetsk', 'SEVERODONETSK'])('finds severodonetsk first for %s', (q) => {
    expect(firstHit(q)).toBe('severodonetsk');
  });

  it.each(['Artemivsk', 'Артёмовск', 'артемовск', 'Bachmut'])('finds bakhmut first for %s (former name or other spelling)', (q) => {
    expect(firstHit(q)).toBe('bakhmut');
  });

  it.each(['Lisichansk', 'Лисичанськ', 'Lysychans’k', "Lysychans'k", 'lysychansk'])('finds lysychansk first for %s', (q) => {
    expect(firstHit(q)).toBe('lysychansk');
  });

  it('ranks the city above the refinery whose name starts with it, and still lists the refinery', () => {
    const ids = searchPlaces('Lysychansk', GAZETTEER).map((h) => h.id);
    expect(ids[0]).toBe('lysychansk');
    expect(ids).toContain('lysychansk-refinery');
    const hits = searchPlaces('Lysychansk', GAZETTEER);
    expect(hits[0]!.score).toBeGreaterThan(hits.find((h) => h.id === 'lysychansk-refinery')!.score);
  });

  it.each(['Sloviansk', "Слов'янськ", 'Слов’янськ'])('finds slovyansk first for %s', (q) => {
    expect(firstHit(q)).toBe('slovyansk');
  });

  it('reports the name that matched, as written in the data', () => {
    expect(searchPlaces('артемовск', GAZETTEER)[0]).toMatchObject({ id: 'bakhmut', matched: 'Артёмовск', score: 3 });
  });

  it('gives one hit per place', () => {
    // "Lysychansk" matches the refinery by several of its names; it must appear once.
    const ids = searchPlaces('lys', GAZETTEER).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['', '   ', '\t\n', '’', "''", '-'])('finds nothing for an empty or blank query %j', (q) => {
    expect(searchPlaces(q, GAZETTEER)).toEqual([]);
  });

  it('finds nothing for a nonsense query', () => {
    expect(searchPlaces('qwzxv', GAZETTEER)).toEqual([]);
    expect(searchPlaces('Severodonetskzz', GAZETTEER)).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('lower-cases', () => {
    expect(foldForSearch('SEVERODONETSK')).toBe('severodonetsk');
    expect(foldForSearch('ЛИСИЧАНСЬК')).toBe('лисичанськ');
  });

  it('removes diacritics', () => {
    expect(foldForSearch('Kraków café Dnipró')).toBe('krakow cafe dnipro');
    expect(foldForSearch('Kramatorsk\u0301')).toBe('kramatorsk');
  });

  it('folds ё to е, ї to і and й to и', () => {
    expect(foldForSearch('Артёмовск')).toBe('артемовск');
    expect(foldForSearch('Ї')).toBe('і');
    expect(foldForSearch('Ювілейний')).toBe('ювілеинии');
  });

  it('removes apostrophes and quotes of every kind', () => {
    for (const s of ["Lysychans'k", 'Lysychans’k', 'Lysychans‘k', 'Lysychansʼk', 'Lysychans`k', 'Lysychans´k']) {
      expect(foldForSearch(s), s).toBe('lysychansk');
    }
    expect(foldForSearch('«Азот»')).toBe('азот');
  });

  it('turns runs of spaces and hyphens into one space and trims', () => {
    expect(foldForSearch('  Siverskyi -- Donets  ')).toBe('siverskyi donets');
    expect(foldForSearch('Lysychansk–Severodonetsk')).toBe('lysychansk severodonetsk');
  });
});
