import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDateInfo, formatIsoDate, formatShortDate, localIsoDate } from '@/lib/format-date';

describe('formatIsoDate', () => {
  it.each([
    ['2022-06-30', '30 June 2022'],
    ['2022-06-05', '5 June 2022'],
    ['2023-02-07', '7 February 2023'],
    ['2022-01-01', '1 January 2022'],
    ['2022-12-31', '31 December 2022'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });

  it('involves no time zone: the first and last day of a month stay on their day', () => {
    // A Date-based implementation in a zone west of UTC would give 31 December 2021 here.
    expect(formatIsoDate('2022-01-01')).toMatch(/^1 January 2022$/);
  });
});

describe('formatShortDate', () => {
  it('writes Ukrainian short dates in figures', () => {
    expect(formatShortDate('2022-06-30', 'uk')).toBe('30.06.2022');
    expect(formatShortDate('2023-02-07', 'uk')).toBe('07.02.2023');
  });

  it.each([
    ['2022-06-30', '30 Jun 2022'],
    ['2023-02-07', '7 Feb 2023'],
    ['2022-09-01', '1 Sept 2022'],
    ['2022-12-31', '31 Dec 2022'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });
});

describe('formatDateInfo', () => {
  it('shows an exact date as it is', () => {
    expect(formatDateInfo({ date: '2022-06-24', approximate: false })).toBe('24 June 2022');
  });

  it('prefixes an approximate date with "c. "', () => {
    expect(formatDateInfo({ date: '2022-06-30', approximate: true, basis: 'inferred' })).toBe('c. 30 June 2022');
  });

  it('shows both ends of a range, compacted within one month', () => {
    expect(formatDateInfo({ date: '2022-06-24', approximate: true, earliest: '2022-06-24', latest: '2022-06-25', basis: 'inferred' })).toBe(
      'c. 24–25 June 2022',
    );
    expect(formatDateInfo({ date: '2022-06-24', approximate: false, earliest: '2022-06-24', latest: '2022-06-25' })).toBe('24–25 June 2022');
  });

  it('shows the year once for a range across months, both full dates across years', () => {
    expect(formatDateInfo({ date: '2022-06-28', approximate: false, earliest: '2022-06-27', latest: '2022-07-01' })).toBe(
      '27 June – 1 July 2022',
    );
    expect(formatDateInfo({ date: '2022-12-31', approximate: true, earliest: '2022-12-30', latest: '2023-01-02', basis: 'b' })).toBe(
      'c. 30 December 2022 – 2 January 2023',
    );
    // Same month number, different year: not compacted.
    expect(formatDateInfo({ date: '2022-06-30', approximate: false, earliest: '2022-06-30', latest: '2023-06-01' })).toBe(
      '30 June 2022 – 1 June 2023',
    );
  });

  it('shows one date when the range has one day or only one end', () => {
    expect(formatDateInfo({ date: '2022-06-25', approximate: true, earliest: '2022-06-25', latest: '2022-06-25', basis: 'b' })).toBe(
      'c. 25 June 2022',
    );
    expect(formatDateInfo({ date: '2022-06-25', approximate: true, earliest: '2022-06-24', basis: 'b' })).toBe('c. 25 June 2022');
    expect(formatDateInfo({ date: '2022-06-25', approximate: true, latest: '2022-06-26', basis: 'b' })).toBe('c. 25 June 2022');
  });
});

describe('daysBetween and addDays', () => {
  it('counts whole days, negative backwards, across months, years and leap days', () => {
    expect(daysBetween('2022-06-24', '2022-06-30')).toBe(6);
    expect(daysBetween('2022-06-30', '2022-06-24')).toBe(-6);
    expect(daysBetween('2022-06-30', '2022-06-30')).toBe(0);
    expect(daysBetween('2022-06-30', '2023-02-07')).toBe(222);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    // Across a European DST change (27 March 2022): still whole days.
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2022-06-30', 1)).toBe('2022-07-01');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-07-01', -1)).toBe('2022-06-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-06-30', 0)).toBe('2022-06-30');
  });

  it('are inverse', () => {
    for (const [a, n] of [
      ['2022-06-01', 45],
      ['2023-02-07', -222],
      ['2022-12-25', 10],
    ] as const) {
      expect(daysBetween(a, addDays(a, n))).toBe(n);
    }
  });
});

describe('localIsoDate', () => {
  it('is the day in the reader’s own time zone, not in UTC', () => {
    // Local constructor: 00:30 on 1 December wherever the test runs (UTC would say 30 November east of Greenwich).
    expect(localIsoDate(new Date(2026, 11, 1, 0, 30))).toBe('2026-12-01');
    expect(localIsoDate(new Date(2027, 0, 9, 23, 59))).toBe('2027-01-09');
  });
});
