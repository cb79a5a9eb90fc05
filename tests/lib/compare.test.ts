import { describe, expect, it } from 'vitest';
import { activityText, ageText, comparisonSummary, controlText } from '@/lib/change-text';
import { WORDS } from '../helpers/messages';
import { type Comparison, compareDates } from '@/lib/compare';

const changedAxes = (c: Comparison) => Object.fromEntries(c.changes.map((x) => [x.place, x.axis]));
import type { Assertion } from '@/lib/types';
import { testReport } from '../helpers/report-view';
import { loadMapData } from './geo-data';

const map = loadMapData();

type Said = Partial<Assertion> & ({ control: string } | { activity: string });

/** An in-memory report about `place`, described and published on `date`. */
function report(id: string, date: string, place: string, said: Said[]) {
  const assertions = said.map((a) => ({ place, basis: 'reported', according_to: 'test', ...a }) as Assertion);
  return testReport({ id, places: [place], describes: { date, approximate: false }, assertions });
}

/** Map data of in-memory places: only what the comparison reads. */
function dataOf(places: { id: string; part_of?: string; reports: ReturnType<typeof report>[] }[]) {
  return {
    places: Object.fromEntries(places.map((p) => [p.id, { name: p.id, ...p }])),
    placeOrder: places.map((p) => p.id),
  };
}

describe('compareDates on the data in geo/', () => {
  const comparison = compareDates(map, '2022-06-20', '2022-07-01');
  const severodonetsk = comparison.changes.find((c) => c.place === 'severodonetsk');

  it('finds Severodonetsk: nothing reported on 20 June 2022, Russian control (as reported) on 1 July', () => {
    expect(severodonetsk?.axis).toBe('control');
    expect(severodonetsk?.before).toMatchObject({ date: '2022-06-20', reported: false, control: null, activities: [] });
    expect(severodonetsk?.after).toMatchObject({
      date: '2022-07-01',
      reported: true,
      control: 'russian',
      basis: 'reported',
      lastReported: '2022-06-26',
    });
  });

  it('lists the reports that became known between the dates, the one deciding the later control marked', () => {
    expect(severodonetsk?.reports.map((r) => r.id)).toContain('sky-twin-city-bridge');
    expect(severodonetsk?.reports.find((r) => r.id === 'sky-twin-city-bridge')).toEqual({
      id: 'sky-twin-city-bridge',
      place: 'severodonetsk',
      decisive: true,
    });
    // The withdrawal of 24 June is superseded by the control of 25–26 June: behind the change, not deciding it.
    expect(severodonetsk?.reports.find((r) => r.id === 'nepal-withdrawal-started')?.decisive).toBe(false);
  });

  it('is the same whichever date comes first, and empty for one date', () => {
    expect(compareDates(map, '2022-07-01', '2022-06-20')).toEqual(comparison);
    expect(compareDates(map, '2022-07-01', '2022-07-01').changes).toEqual([]);
  });

  it('gives every change at least one report, for every pair of reporting dates', () => {
    const dates = map.dates;
    for (const a of dates) {
      for (const b of dates) {
        if (a >= b) continue;
        for (const c of compareDates(map, a, b).changes) expect(c.reports.length, `${c.place} ${a}–${b}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the list order of the map data', () => {
    const order = comparison.changes.map((c) => map.placeOrder.indexOf(c.place));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(changedAxes(comparison).severodonetsk).toBe('control');
  });
});

describe('compareDates: the two axes kept apart', () => {
  it('says which axis changed: control, activity, or both', () => {
    const data = dataOf([
      {
        id: 'held',
        reports: [report('h1', '2022-06-01', 'held', [{ control: 'ukrainian' }]), report('h2', '2022-06-10', 'held', [{ control: 'russian' }])],
      },
      {
        id: 'shelled',
        reports: [
          report('s1', '2022-06-01', 'shelled', [{ control: 'ukrainian' }]),
          report('s2', '2022-06-10', 'shelled', [{ control: 'ukrainian' }, { activity: 'under-attack' }]),
        ],
      },
      { id: 'fallen', reports: [report('f1', '2022-06-10', 'fallen', [{ control: 'contested' }, { activity: 'under-attack' }])] },
      { id: 'quiet', reports: [report('q1', '2022-06-01', 'quiet', [{ control: 'ukrainian' }])] },
    ]);
    const axes = changedAxes(compareDates(data, '2022-06-05', '2022-06-15'));
    expect(axes).toEqual({ held: 'control', shelled: 'activity', fallen: 'both' });
  });

  it('counts a claim becoming attested as a change of control (its certainty), but not age alone', () => {
    const data = dataOf([
      {
        id: 'here',
        reports: [
          report('claim', '2022-06-01', 'here', [{ control: 'russian', basis: 'claimed' }]),
          report('seen', '2022-06-10', 'here', [{ control: 'russian', basis: 'observed' }]),
        ],
      },
      { id: 'old', reports: [report('o1', '2022-06-01', 'old', [{ control: 'ukrainian' }])] },
    ]);
    const c = compareDates(data, '2022-06-02', '2022-07-01');
    expect(c.changes.map((x) => [x.place, x.axis])).toEqual([['here', 'control']]);
    expect(c.changes[0]?.before).toMatchObject({ control: 'russian', basis: 'claimed' });
    expect(c.changes[0]?.reports).toEqual([{ id: 'seen', place: 'here', decisive: true }]);
  });

  it('names the container’s report where it makes a place’s control possibly out of date', () => {
    const data = dataOf([
      { id: 'city', reports: [report('c1', '2022-06-10', 'city', [{ control: 'russian' }])] },
      { id: 'plant', part_of: 'city', reports: [report('p1', '2022-06-01', 'plant', [{ control: 'ukrainian' }])] },
    ]);
    const plant = compareDates(data, '2022-06-05', '2022-06-15').changes.find((c) => c.place === 'plant');
    expect(plant?.before).toMatchObject({ control: 'ukrainian' });
    expect(plant?.after).toMatchObject({ control: null, outdated: 'ukrainian', stale: true });
    expect(plant?.reports).toEqual([{ id: 'c1', place: 'city', decisive: true }]);
  });
});

describe('change-text', () => {
  const [sev] = compareDates(map, '2022-06-20', '2022-07-01').changes.filter((c) => c.place === 'severodonetsk');

  it('says "Nothing reported yet" for a date without reporting instead of a status', () => {
    expect(controlText(WORDS.en, sev!.before)).toBe('Nothing reported yet');
    expect(activityText(WORDS.en, sev!.before)).toBe('Nothing reported yet');
    expect(ageText(WORDS.en, sev!.before)).toBe('');
  });

  it('gives control with its basis, activity, and the age of the later status', () => {
    expect(controlText(WORDS.en, sev!.after)).toBe('Russian control (as reported)');
    expect(activityText(WORDS.en, sev!.after)).toBe('No activity reported');
    expect(ageText(WORDS.en, sev!.after)).toBe('last reported 26 June 2022, 5 days earlier');
  });

  it('sums up the comparison for screen readers', () => {
    expect(comparisonSummary(WORDS.en, compareDates(map, '2022-06-20', '2022-07-01'))).toMatch(
      /^\d+ places changed between 20 June 2022 and 1 July 2022\.$/,
    );
    expect(comparisonSummary(WORDS.en, { from: '2022-06-20', to: '2022-06-21', changes: [] })).toBe(
      'No place changed between 20 June 2022 and 21 June 2022 in this map’s sources.',
    );
  });
});
