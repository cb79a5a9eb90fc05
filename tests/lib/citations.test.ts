import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationOf, compareDateInfo, layerSummary, placeView, reportsForPlace, reportView, sourceView } from '@/lib/citations';
import { normaliseText } from '@/lib/normalise-text';
import type { SourceRecord } from '@/lib/types';
import { MAP_BOUNDS } from '@/lib/url-state';
import { GEO_DIR, loadGeoData } from './geo-data';

const data = loadGeoData();
const source = (id: string) => {
  const s = data.sources.get(id);
  if (!s) throw new Error(`no source ${id} in geo/sources.json`);
  return s;
};

/** Every string value in a JSON-like value, so text is compared after JSON escaping is undone. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('citationOf', () => {
  it('links the copy and marks url_is_copy where the original address is not known (Sky News)', () => {
    const sky = source('sky-news-lysychansk');
    expect(sky.urls.original).toBeNull();
    const c = citationOf(sky);
    expect(c).toMatchObject({
      source_id: 'sky-news-lysychansk',
      outlet: 'Sky News',
      url: sky.urls.copy,
      copy_url: sky.urls.copy,
      url_is_copy: true,
      original: null,
    });
    expect(c.url).toBe('https://yourmicrocast.com/?p=40611');
  });

  it('links the copy and keeps the BBC original credit for the re-post', () => {
    const bbc = source('bbc-bakhmut-repost');
    const c = citationOf(bbc);
    expect(c.url_is_copy).toBe(true);
    expect(c.url).toBe(bbc.urls.copy);
    expect(c.original).toMatchObject({ outlet: 'BBC News', byline: 'Orla Guerin' });
    expect(c.type).toBe('reworded-repost');
  });

  it('links the original where it is known (Nepal News)', () => {
    const nepal = source('nepal-news-severodonetsk');
    const c = citationOf(nepal);
    expect(c.url_is_copy).toBe(false);
    expect(c.url).toBe('https://nepalnews.com/s/global/ukrainian-forces-withdrawing-from-severodonetsk');
    expect(c.published).toEqual(nepal.published);
    expect(c.byline).toBeNull();
  });

  it('prefers urls.original over urls.copy when they differ', () => {
    const differing: SourceRecord = {
      ...source('nepal-news-severodonetsk'),
      urls: { original: 'https://original.example/article', copy: 'https://copy.example/article' },
    };
    expect(citationOf(differing)).toMatchObject({
      url: 'https://original.example/article',
      copy_url: 'https://copy.example/article',
      url_is_copy: false,
    });
  });

  it('never carries the full text', () => {
    for (const s of data.sources.values()) {
      const c = citationOf(s);
      expect(c).not.toHaveProperty('text');
      expect(JSON.stringify(c).length).toBeLessThan(s.text.length);
    }
  });
});

describe('sourceView', () => {
  const views = [...data.sources.values()].map((s) => ({ source: s, view: sourceView(s, data) }));

  it('covers all three sources', () => {
    expect(views.map((v) => v.source.id).sort()).toEqual(['bbc-bakhmut-repost', 'nepal-news-severodonetsk', 'sky-news-lysychansk']);
  });

  it.each(views.map((v) => [v.source.id, v] as const))(
    '%s has no text or text_file key and does not contain the full text',
    (_id, { source: s, view }) => {
      expect(view).not.toHaveProperty('text');
      expect(view).not.toHaveProperty('text_file');
      expect(JSON.stringify(view)).not.toContain(s.text_file);
      expect(normaliseText(strings(view).join('\n'))).not.toContain(normaliseText(s.text));
      // The text it serves is the excerpts, which together are shorter than the article. (The whole
      // JSON can be longer than a short article such as Nepal News's: the citation and reliability
      // notes are metadata, not source text.)
      const excerptChars = view.excerpts.reduce((n, e) => n + e.quote.length, 0);
      expect(excerptChars).toBeGreaterThan(0);
      expect(excerptChars).toBeLessThan(s.text.length);
    },
  );

  it.each(views.map((v) => [v.source.id, v] as const))(
    '%s serves no paragraph of the text that is neither quoted nor an excluded passage',
    (_id, { source: s, view }) => {
      const served = normaliseText(strings(view).join('\n'));
      const quoted = [...data.reports.filter((r) => r.source === s.id).map((r) => r.quote), ...s.excluded_passages.map((p) => p.passage)].map(
        normaliseText,
      );
      const unquoted = s.text
        .split('\n')
        .map(normaliseText)
        .filter((line) => line.length >= 60 && !quoted.some((q) => q.includes(line)));
      expect(unquoted.length).toBeGreaterThan(3);
      for (const line of unquoted) expect(served.includes(line), line).toBe(false);
    },
  );

  it('does not contain the Tatiana paragraph of the Sky News text, which no report quotes', () => {
    const sky = source('sky-news-lysychansk');
    const passage = 'Tatiana’s no nearer to her daughter but it’s given her a lot of comfort knowing the love that comes with it';
    expect(sky.text).toContain(passage);
    expect(data.reports.some((r) => normaliseText(r.quote).includes(normaliseText('no nearer to her daughter')))).toBe(false);
    const json = JSON.stringify(sourceView(sky, data));
    expect(json).not.toContain('no nearer to her daughter');
    expect(json).not.toContain('Tatiana');
    expect(json.length).toBeLessThan(sky.text.length);
  });

  it('lists exactly the excerpts quoted from the source, with the citation', () => {
    const sky = source('sky-news-lysychansk');
    const view = sourceView(sky, data);
    expect(view.excerpts.map((e) => e.report_id).sort()).toEqual(
      data.reports
        .filter((r) => r.source === sky.id)
        .map((r) => r.id)
        .sort(),
    );
    expect(view.excerpts.map((e) => e.report_id)).toContain('sky-refinery-russian-media');
    expect(view.citation.url_is_copy).toBe(true);
    expect(view.reliability).toEqual(sky.reliability);
  });
});

describe('reportView and compareDateInfo', () => {
  it('gives a report its source published date as the reported date, apart from the date it describes', () => {
    const report = data.reports.find((r) => r.id === 'sky-twin-city-bridge')!;
    const view = reportView(report, data);
    expect(view.reported).toEqual(source('sky-news-lysychansk').published);
    expect(view.describes).toEqual(report.describes);
    expect(view.citation.source_id).toBe('sky-news-lysychansk');
  });

  it('throws for a report whose source is unknown', () => {
    const report = { ...data.reports[0]!, source: 'no-such-source' };
    expect(() => reportView(report, data)).toThrow(/no-such-source/);
  });

  it('orders dates by their day and keeps ties', () => {
    expect(compareDateInfo({ date: '2022-06-24', approximate: false }, { date: '2022-06-30', approximate: true, basis: 'b' })).toBeLessThan(0);
    expect(compareDateInfo({ date: '2023-02-07', approximate: false }, { date: '2022-06-30', approximate: false })).toBeGreaterThan(0);
    expect(compareDateInfo({ date: '2022-06-30', approximate: false }, { date: '2022-06-30', approximate: true, basis: 'b' })).toBe(0);
  });
});

describe('placeView and reportsForPlace', () => {
  it('gives Lysychansk with the Sky News fighting and refinery reports, each with its citation', () => {
    const view = placeView('lysychansk', data)!;
    expect(view).toMatchObject({ id: 'lysychansk', layer: 'cities', name: 'Lysychansk', name_uk: 'Лисичанськ', kind: 'city' });
    expect(view.geometry.type).toBe('Polygon');
    const byId = new Map(view.reports.map((r) => [r.id, r]));
    for (const id of ['sky-fighting-everywhere', 'sky-refinery-russian-media']) {
      const r = byId.get(id);
      expect(r, id).toBeDefined();
      expect(r!.citation).toMatchObject({ source_id: 'sky-news-lysychansk', outlet: 'Sky News', url_is_copy: true });
      expect(r!.places).toContain('lysychansk');
    }
    expect(byId.get('sky-fighting-everywhere')!.quote).toMatch(/fighting everywhere in Lysychansk/);
    expect(byId.get('sky-refinery-russian-media')!.quote).toMatch(/oil refinery/);
  });

  it('sorts a place’s reports by the date they describe, then by id', () => {
    const reports = placeView('lysychansk', data)!.reports;
    // Lysychansk has reporting from two days: Nepal News (24 June) and Sky News (30 June).
    expect(new Set(reports.map((r) => r.describes.date)).size).toBeGreaterThan(1);
    for (let i = 1; i < reports.length; i++) {
      const [a, b] = [reports[i - 1]!, reports[i]!];
      expect(a.describes.date < b.describes.date || (a.describes.date === b.describes.date && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    expect(reports[0]!.citation.source_id).toBe('nepal-news-severodonetsk');
  });

  it('gives every report naming the place and no other', () => {
    const ids = reportsForPlace('severodonetsk', data).map((r) => r.id);
    expect(ids.sort()).toEqual(
      data.reports
        .filter((r) => r.places.includes('severodonetsk'))
        .map((r) => r.id)
        .sort(),
    );
    expect(ids).toContain('sky-twin-city-bridge');
    expect(ids).not.toContain('sky-fighting-everywhere');
  });

  it('gives no reports for an unknown place and no view', () => {
    expect(reportsForPlace('kyiv', data)).toEqual([]);
    expect(reportsForPlace('', data)).toEqual([]);
    expect(placeView('kyiv', data)).toBeUndefined();
    expect(placeView('../lysychansk', data)).toBeUndefined();
  });
});

describe('layerSummary', () => {
  it.each(data.layers.map((l) => [l.entry.id, l] as const))('%s: bbox within the data area, feature count as in its file', (_id, layer) => {
    const summary = layerSummary(layer, data);
    const file = JSON.parse(fs.readFileSync(path.join(GEO_DIR, layer.entry.file), 'utf8')) as { features: unknown[] };
    expect(summary.feature_count).toBe(file.features.length);
    expect(summary.feature_count).toBeGreaterThan(0);

    expect(summary.bbox).toHaveLength(4);
    const [w, s, e, n] = summary.bbox as [number, number, number, number];
    for (const v of summary.bbox) expect(Number.isFinite(v)).toBe(true);
    expect(w).toBeLessThanOrEqual(e);
    expect(s).toBeLessThanOrEqual(n);
    expect(w).toBeGreaterThanOrEqual(MAP_BOUNDS.west);
    expect(e).toBeLessThanOrEqual(MAP_BOUNDS.east);
    expect(s).toBeGreaterThanOrEqual(MAP_BOUNDS.south);
    expect(n).toBeLessThanOrEqual(MAP_BOUNDS.north);

    expect(summary.url).toBe(`/api/layers/${layer.entry.id}`);
    expect(summary.attribution.map((a) => a.key)).toEqual(layer.entry.attribution);
    for (const a of summary.attribution) expect(a.text).toBe(data.manifest.attributions[a.key as keyof typeof data.manifest.attributions]!.text);
  });

  it('frames the cities layer around Lysychansk, Severodonetsk, Bakhmut, Kramatorsk and Slovyansk', () => {
    const cities = data.layers.find((l) => l.entry.id === 'cities')!;
    const [w, s, e, n] = layerSummary(cities, data).bbox as [number, number, number, number];
    // Slovyansk is the northwest-most (≈37.6°E, 48.85°N); Severodonetsk reaches ≈38.5°E, Bakhmut ≈48.6°N.
    expect(w).toBeGreaterThan(37);
    expect(w).toBeLessThan(38);
    expect(e).toBeGreaterThan(38.4);
    expect(e).toBeLessThan(39);
    expect(s).toBeGreaterThan(48.4);
    expect(s).toBeLessThan(48.8);
    expect(n).toBeGreaterThan(48.9);
    expect(n).toBeLessThan(49.2);
  });
});
