import { describe, expect, it } from 'vitest';
import { adjacentReports } from '@/lib/report-steps';

const dates = ['2022-06-01', '2022-06-10', '2022-07-03'];

describe('adjacentReports', () => {
  it('steps from a reporting date to its neighbours', () => {
    expect(adjacentReports(dates, '2022-06-10')).toEqual({ previous: '2022-06-01', next: '2022-07-03' });
  });

  it('steps from a day without a report to the reports around it', () => {
    expect(adjacentReports(dates, '2022-06-05')).toEqual({ previous: '2022-06-01', next: '2022-06-10' });
  });

  it('has nothing before the first report or after the last', () => {
    expect(adjacentReports(dates, '2022-06-01')).toEqual({ previous: undefined, next: '2022-06-10' });
    expect(adjacentReports(dates, '2022-07-03')).toEqual({ previous: '2022-06-10', next: undefined });
    expect(adjacentReports(dates, '2023-01-01')).toEqual({ previous: '2022-07-03', next: undefined });
    expect(adjacentReports([], '2022-06-01')).toEqual({ previous: undefined, next: undefined });
  });
});
