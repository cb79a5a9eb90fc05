import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '@/lib/format-date';
import { breaksOf, dateAt, positionOf, shareOf, timelineAxis, type TimelineAxis } from '@/lib/timeline-axis';
import { loadMapData } from './geo-data';

/** Every day from `min` to `max`, inclusive. */
function everyDay(min: string, max: string): string[] {
  return Array.from({ length: daysBetween(min, max) + 1 }, (_, i) => addDays(min, i));
}

const inBreak = (axis: TimelineAxis, d: string) => breaksOf(axis).some((b) => d > b.from && d < b.to);

/** Properties every axis must have, whatever the dates. */
function expectConsistent(axis: TimelineAxis, dates: readonly string[]) {
  // The pieces cover the range end to end, alternating, with no gap.
  expect(axis.pieces[0]!.from).toBe(axis.min);
  expect(axis.pieces.at(-1)!.to).toBe(axis.max);
  expect(axis.pieces[0]!.start).toBe(0);
  expect(axis.pieces.at(-1)!.end).toBe(axis.steps);
  for (let i = 1; i < axis.pieces.length; i++) {
    expect(axis.pieces[i]!.from).toBe(axis.pieces[i - 1]!.to);
    expect(axis.pieces[i]!.start).toBe(axis.pieces[i - 1]!.end);
    expect(axis.pieces[i]!.kind).not.toBe(axis.pieces[i - 1]!.kind);
  }
  // No reporting date is hidden inside a break.
  for (const d of dates) expect(inBreak(axis, d), d).toBe(false);
  let previous = -1;
  for (const d of everyDay(axis.min, axis.max)) {
    const at = positionOf(axis, d);
    // Each day has its own position, in date order, and the position gives back the day.
    expect(at).toBeGreaterThan(previous);
    expect(dateAt(axis, at)).toBe(d);
    // Outside breaks one step is one day, so the slider reaches every such day exactly.
    if (!inBreak(axis, d)) {
      expect(Number.isInteger(at), d).toBe(true);
      if (previous >= 0 && !inBreak(axis, addDays(d, -1))) expect(at - previous).toBe(1);
    }
    previous = at;
  }
  // Wherever the slider's thumb is put, the date there puts it back on the same step.
  for (let step = 0; step <= axis.steps; step++) expect(Math.round(positionOf(axis, dateAt(axis, step)))).toBe(step);
}

describe('timelineAxis', () => {
  it('keeps one scale when no stretch is long enough to break', () => {
    const range = { min: '2022-06-01', max: '2022-08-10' };
    const dates = ['2022-06-05', '2022-07-10', '2022-08-10'];
    const axis = timelineAxis(dates, range);
    expect(axis.pieces).toEqual([{ kind: 'days', from: range.min, to: range.max, start: 0, end: 70 }]);
    expect(axis.steps).toBe(daysBetween(range.min, range.max));
    for (const d of everyDay(range.min, range.max)) expect(positionOf(axis, d)).toBe(daysBetween(range.min, d));
    expectConsistent(axis, dates);
  });

  it('compresses a long empty stretch into a break, keeping a week either side', () => {
    const dates = ['2022-06-10', '2022-06-20', '2022-12-01', '2022-12-05'];
    const axis = timelineAxis(dates, { min: '2022-06-01', max: '2022-12-05' });
    // 20 June + 7 days = 27 June; 1 December − 7 days = 24 November. The two day pieces hold
    // 26 + 11 = 37 days; the break takes 37 × 0.08 / 0.92 ≈ 3 steps.
    expect(axis.pieces).toEqual([
      { kind: 'days', from: '2022-06-01', to: '2022-06-27', start: 0, end: 26 },
      { kind: 'break', from: '2022-06-27', to: '2022-11-24', start: 26, end: 29, after: '2022-06-20', before: '2022-12-01' },
      { kind: 'days', from: '2022-11-24', to: '2022-12-05', start: 29, end: 40 },
    ]);
    expect(positionOf(axis, '2022-06-10')).toBe(9);
    expect(positionOf(axis, '2022-12-01')).toBe(36);
    // Inside the break, days are squeezed: 74 of its 150 days in, 74/150 of its 3 steps.
    expect(positionOf(axis, '2022-09-09')).toBeCloseTo(26 + (3 * 74) / 150, 10);
    // One step into the break: a third of its 150 days, 50 days after 27 June.
    expect(dateAt(axis, 27)).toBe('2022-08-16');
    expectConsistent(axis, dates);
  });

  it('breaks between the start of the range and the first report, and between several clusters', () => {
    const dates = ['2022-05-01', '2022-05-03', '2022-09-01', '2023-01-15', '2023-01-20'];
    const axis = timelineAxis(dates, { min: '2022-01-01', max: '2023-01-20' });
    const breaks = breaksOf(axis);
    expect(breaks.map((b) => [b.after, b.before])).toEqual([
      ['2022-01-01', '2022-05-01'],
      ['2022-05-03', '2022-09-01'],
      ['2022-09-01', '2023-01-15'],
    ]);
    // Each break takes about 8% of the axis.
    for (const b of breaks) expect(shareOf(axis, b.end - b.start)).toBeGreaterThan(0.05);
    for (const b of breaks) expect(shareOf(axis, b.end - b.start)).toBeLessThan(0.11);
    expectConsistent(axis, dates);
  });

  it('follows its options', () => {
    const dates = ['2022-06-01', '2022-07-01'];
    const range = { min: '2022-06-01', max: '2022-07-01' };
    expect(breaksOf(timelineAxis(dates, range))).toEqual([]);
    const axis = timelineAxis(dates, range, { minGapDays: 20, contextDays: 2, breakShare: 0.2 });
    expect(breaksOf(axis).map((b) => [b.from, b.to])).toEqual([['2022-06-03', '2022-06-29']]);
    // 4 days outside the break; 4 × 0.2 / 0.8 = 1 step.
    expect(axis.steps).toBe(5);
    expectConsistent(axis, dates);
    expect(() => timelineAxis(dates, range, { minGapDays: 10, contextDays: 5 })).toThrow(/twice contextDays/);
    expect(() => timelineAxis(dates, range, { contextDays: 0 })).toThrow(/contextDays/);
    expect(() => timelineAxis(dates, range, { breakShare: 0.6 })).toThrow(/breakShare/);
    expect(() => timelineAxis(dates, { min: '2022-07-01', max: '2022-06-01' })).toThrow(/before it starts/);
  });
});

describe('timelineAxis: edge cases', () => {
  it('never makes a break wider than the days it holds', () => {
    // Years of daily reporting, then a gap of 40 days: 8% of the axis would be about 90 steps.
    const dense = everyDay('2020-01-01', '2022-12-31');
    const dates = [...dense, '2023-02-10'];
    const axis = timelineAxis(dates, { min: '2020-01-01', max: '2023-02-10' }, { minGapDays: 30, contextDays: 3 });
    const [b] = breaksOf(axis);
    expect(b!.end - b!.start).toBeLessThanOrEqual(daysBetween(b!.from, b!.to));
    expect(Math.round(positionOf(axis, dateAt(axis, b!.start + 1)))).toBe(b!.start + 1);
  });

  it('clamps dates and positions outside the range, and handles a range of one day', () => {
    const axis = timelineAxis(['2022-06-10'], { min: '2022-06-01', max: '2022-06-30' });
    expect(positionOf(axis, '2021-01-01')).toBe(0);
    expect(positionOf(axis, '2024-01-01')).toBe(axis.steps);
    expect(dateAt(axis, -3)).toBe('2022-06-01');
    expect(dateAt(axis, axis.steps + 3)).toBe('2022-06-30');
    const one = timelineAxis(['2022-06-10'], { min: '2022-06-10', max: '2022-06-10' });
    expect(one.steps).toBe(0);
    expect(positionOf(one, '2022-06-10')).toBe(0);
    expect(dateAt(one, 0)).toBe('2022-06-10');
    expect(shareOf(one, 0)).toBe(0);
  });
});

describe('the axis of the real reporting', () => {
  const data = loadMapData();
  const axis = timelineAxis(data.dates, data.dateRange);

  it('breaks each stretch of more than 45 days without reporting, and only those', () => {
    const anchors = [data.dateRange.min, ...data.dates, data.dateRange.max];
    const long = anchors
      .slice(1)
      .map((d, i) => [anchors[i]!, d] as const)
      .filter(([a, b]) => daysBetween(a, b) > 45);
    expect(long.length).toBeGreaterThan(0);
    expect(breaksOf(axis).map((b) => [b.after, b.before])).toEqual(long);
    expectConsistent(axis, data.dates);
  });

  it('gives the days around the reporting most of the width, where one scale gave them little', () => {
    const shown = axis.pieces.filter((p) => p.kind === 'days');
    const broken = shown.reduce((sum, p) => sum + shareOf(axis, p.end - p.start), 0);
    const linear = shown.reduce((sum, p) => sum + daysBetween(p.from, p.to), 0) / daysBetween(axis.min, axis.max);
    expect(broken).toBeGreaterThan(0.8);
    expect(linear).toBeLessThan(0.3);
  });
});
