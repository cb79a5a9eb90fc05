import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { type Correction, correctionsAbout, newestFirst } from '@/lib/corrections';
import { correctionsAtom, uuidUrnOf } from '@/lib/corrections-feed';

const GEO_CORRECTIONS = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'geo', 'corrections.json'), 'utf8')) as { corrections: Correction[] }
).corrections;

const entry = (id: string, date: string, touches: Partial<Pick<Correction, 'places' | 'reports' | 'sources'>> = {}): Correction => ({
  id,
  date,
  title: `Title ${id}`,
  what: `What ${id}`,
  why: `Why ${id}`,
  places: [],
  reports: [],
  sources: [],
  ...touches,
});

describe('correctionsAbout', () => {
  const log = [
    entry('direct', '2024-01-01', { places: ['alpha'] }),
    entry('by-report', '2024-03-01', { reports: ['alpha-1'] }),
    entry('by-source', '2024-02-01', { sources: ['gazette'] }),
    entry('elsewhere', '2024-04-01', { places: ['beta'], reports: ['beta-1'], sources: ['herald'] }),
    entry('nothing', '2024-05-01'),
  ];

  it('finds the corrections naming the place, one of its reports or one of their sources, newest first', () => {
    const about = correctionsAbout('alpha', { reports: ['alpha-1'], sources: ['gazette'] }, log);
    expect(about.map((c) => c.id)).toEqual(['by-report', 'by-source', 'direct']);
  });

  it('finds none for a place no correction touches', () => {
    expect(correctionsAbout('gamma', { reports: [], sources: [] }, log)).toEqual([]);
  });

  it('keeps the file order of corrections made the same day', () => {
    expect(newestFirst([entry('a', '2024-01-01'), entry('b', '2024-01-02'), entry('c', '2024-01-01')]).map((c) => c.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});

describe('the corrections feed', () => {
  const origin = 'https://map.example.org';
  const feed = parseFeed(correctionsAtom(GEO_CORRECTIONS, origin, '2026-12-01'));

  it('is Atom that a feed parser reads, naming the log and itself', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Front-line map: corrections');
    expect(feed.url).toBe(`${origin}/about#corrections`);
    expect(feed.self).toBe(`${origin}/corrections.xml`);
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(newestFirst(GEO_CORRECTIONS)[0]!.date);
  });

  it('has one entry per correction, newest first, each with its title, date, link, text and a stable id', () => {
    const expected = newestFirst(GEO_CORRECTIONS);
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((c) => c.title));
    expect(feed.items.map((i) => i.url)).toEqual(expected.map((c) => `${origin}/about#correction-${c.id}`));
    expect(feed.items.map((i) => i.updated?.toISOString().slice(0, 10))).toEqual(expected.map((c) => c.date));
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((c) => uuidUrnOf(`correction:${c.id}`)));
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(expected.length);
    expect(feed.items[0]!.content).toContain(`What changed: ${expected[0]!.what}`);
  });

  it('is dated by the data version while the log is empty, inventing no date', () => {
    expect(
      parseFeed(correctionsAtom([], origin, '2024-05-06'))
        .updated?.toISOString()
        .slice(0, 10),
    ).toBe('2024-05-06');
  });

  it('escapes markup in the text, so that a reader shows it as text', () => {
    const xml = correctionsAtom([{ ...entry('x', '2024-01-01'), why: 'a <b> & c' }], origin, '2024-01-01');
    expect(xml).toContain('<![CDATA[<p>What changed: What x</p><p>Why: a &#60;b&#62; &#38; c</p>]]>');
    expect(xml).not.toContain('<b>');
  });
});

describe('uuidUrnOf', () => {
  it('is a stable, well-formed version-5 UUID URN', () => {
    expect(uuidUrnOf('a')).toBe(uuidUrnOf('a'));
    expect(uuidUrnOf('a')).not.toBe(uuidUrnOf('b'));
    expect(uuidUrnOf('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
