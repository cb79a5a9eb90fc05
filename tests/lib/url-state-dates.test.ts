// The URL's two date parameters (lib/url-state.ts): the timeline's `date` and compare mode's `compare`; the other parameters are in url-state.test.ts.
import { describe, expect, it } from 'vitest';
import { type KnownIds, parseUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

const LAYERS = ['cities', 'facilities', 'river', 'bridges', 'regions'];
const KNOWN: KnownIds = { places: ['lysychansk', 'severodonetsk', 'bakhmut'], layers: LAYERS };
const DATED: KnownIds = { ...KNOWN, dateRange: { min: '2022-06-01', max: '2023-02-08' }, bases: ['topo'] };
const parse = (params: Record<string, string>) => parseUrlState(params, KNOWN);

describe('date (the timeline)', () => {
  it('accepts a real date within the reporting period, bounds included', () => {
    expect(parseUrlState({ date: '2022-06-30' }, DATED).date).toBe('2022-06-30');
    expect(parseUrlState({ date: '2022-06-01' }, DATED).date).toBe('2022-06-01');
    expect(parseUrlState({ date: '2023-02-08' }, DATED).date).toBe('2023-02-08');
  });

  it('rejects dates outside the period, impossible dates and other forms', () => {
    for (const date of ['2022-05-31', '2023-02-09', '2022-02-30', '2022-13-01', '2022-6-30', '30-06-2022', '2022-06-30T00:00', '20220630', '']) {
      expect(parseUrlState({ date }, DATED), date).not.toHaveProperty('date');
    }
  });

  it('ignores a date when no period is known', () => {
    expect(parse({ date: '2022-06-30' })).not.toHaveProperty('date');
  });

  it('round-trips', () => {
    const state: UrlState = { tiles: true, place: 'severodonetsk', date: '2022-06-25' };
    expect(serializeUrlState(state, LAYERS)).toBe('place=severodonetsk&date=2022-06-25');
    expect(parseUrlState(new URLSearchParams(serializeUrlState(state, LAYERS)), DATED)).toEqual(state);
  });
});

describe('compare (compare mode)', () => {
  it('takes the same dates as `date`, and nothing else', () => {
    expect(parseUrlState({ date: '2022-06-20', compare: '2022-07-01' }, DATED)).toEqual({
      tiles: true,
      date: '2022-06-20',
      compare: '2022-07-01',
    });
    for (const compare of ['2022-05-31', '2023-02-09', '2022-02-30', '2022-7-1', '2022-07-01T00:00', 'on', '1', '']) {
      expect(parseUrlState({ compare }, DATED), compare).not.toHaveProperty('compare');
    }
    expect(parse({ compare: '2022-07-01' })).not.toHaveProperty('compare');
  });

  it('round-trips after `date`', () => {
    const state: UrlState = { tiles: true, date: '2022-06-20', compare: '2022-07-01' };
    expect(serializeUrlState(state, LAYERS)).toBe('date=2022-06-20&compare=2022-07-01');
    expect(parseUrlState(new URLSearchParams(serializeUrlState(state, LAYERS)), DATED)).toEqual(state);
  });
});
