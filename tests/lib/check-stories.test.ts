import { describe, expect, it } from 'vitest';
import { checkStories } from '@/lib/validate/check-stories';
import type { DataIssue } from '@/lib/validate/data-issues';
import { formatIssue } from '@/lib/validate';
import { loadGeoData } from './geo-data';

const data = loadGeoData();
const known = { reports: data.reports, places: new Set(data.places.keys()) };

const goodStep = {
  report: 'sky-refinery-russian-media',
  places: ['lysychansk-refinery'],
  date: '2022-06-30',
  view: { center: [48.9, 38.35], zoom: 13 },
};
const storyWith = (steps: unknown[], id = 'a-story') => ({
  id,
  title: 'A story',
  description: 'Lysychansk, c. 30 June 2022.',
  title_uk: 'Сюжет',
  description_uk: 'Лисичанськ.',
  steps,
});

/** The problems checkStories finds in story files given as objects (or raw text), by file name. */
function problemsOf(files: Record<string, unknown>): string[] {
  const issues: DataIssue[] = [];
  const read = (p: string) => {
    const value = files[p.replace(/^stories\//, '')];
    return value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
  };
  checkStories(read, Object.keys(files), known, issues);
  return issues.map(formatIssue);
}

describe('checkStories', () => {
  it('accepts the real stories and a sound one', () => {
    expect(data.stories.map((s) => s.id).sort()).toEqual(['bakhmut-2023', 'twin-cities-2022']);
    expect(problemsOf({ 'a.json': storyWith([goodStep]) })).toEqual([]);
  });

  it('names the file, the story and the problem of each bad step', () => {
    const problems = problemsOf({
      'bad.json': storyWith([
        { ...goodStep, report: 'no-such-report' },
        { ...goodStep, places: ['bakhmut'] },
        { ...goodStep, places: ['nowhere'] },
        { ...goodStep, date: '2022-07-03' },
        { ...goodStep, view: { center: [60, 38.35], zoom: 13 } },
        { ...goodStep, view: { center: [48.9, 38.35], zoom: 19 } },
      ]),
    });
    expect(problems).toEqual([
      'geo/stories/bad.json [a-story]: step 1: unknown report "no-such-report"',
      'geo/stories/bad.json [a-story]: step 2: place "bakhmut" is not named by report "sky-refinery-russian-media"',
      'geo/stories/bad.json [a-story]: step 3: unknown place "nowhere"',
      'geo/stories/bad.json [a-story]: step 4: date 2022-07-03 is not the date report "sky-refinery-russian-media" describes (2022-06-30)',
      "geo/stories/bad.json [a-story]: step 5: view centre 60,38.35 is outside the map's bounds",
      'geo/stories/bad.json [a-story]: step 6: view zoom 19 is not within 5–18',
    ]);
  });

  it('refuses bad JSON, a schema mismatch and a duplicate id', () => {
    const problems = problemsOf({
      'a.json': storyWith([goodStep]),
      'b.json': storyWith([goodStep]),
      'c.json': '{ not json',
      'd.json': { ...storyWith([]), id: 'empty', narration: 'words of our own' },
    });
    expect(problems).toContain('geo/stories/ [a-story]: duplicate story id');
    expect(problems.some((p) => p.startsWith('geo/stories/c.json: not valid JSON'))).toBe(true);
    expect(problems.some((p) => p.startsWith('geo/stories/d.json [empty]: steps'))).toBe(true);
    expect(problems.some((p) => p.startsWith('geo/stories/d.json [empty]:') && p.includes('narration'))).toBe(true);
  });
});
