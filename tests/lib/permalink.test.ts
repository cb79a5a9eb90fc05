import { describe, expect, it } from 'vitest';
import { citedVersionOf, pinnedUrl, withoutCitedVersion } from '@/lib/permalink';
import { parseUrlState, serializeUrlState } from '@/lib/url-state';

describe('pinnedUrl', () => {
  it('adds v= after the view’s state, or as the only parameter', () => {
    expect(pinnedUrl('https://map.example.org/?place=bakhmut&date=2023-02-07', '0123456789ab')).toBe(
      'https://map.example.org/?place=bakhmut&date=2023-02-07&v=0123456789ab',
    );
    expect(pinnedUrl('/places/azot', '0123456789ab')).toBe('/places/azot?v=0123456789ab');
  });

  it('leaves the view’s state as it was: parsing the pinned query gives the same state', () => {
    const known = { places: ['bakhmut'], layers: ['cities', 'river'], dateRange: { min: '2022-06-01', max: '2023-02-08' } };
    const state = { place: 'bakhmut', layers: ['river'], zoom: 11, center: [48.6, 38] as [number, number], tiles: false, date: '2023-02-07' };
    const url = new URL(pinnedUrl(`https://map.example.org/?${serializeUrlState(state, known.layers)}`, '0123456789ab'));
    expect(parseUrlState(url.searchParams, known)).toEqual(state);
    expect(citedVersionOf(url.search)).toBe('0123456789ab');
  });
});

describe('citedVersionOf', () => {
  it('reads a well-formed version only', () => {
    expect(citedVersionOf('?place=azot&v=0123456789ab')).toBe('0123456789ab');
    expect(citedVersionOf('?place=azot')).toBeUndefined();
    for (const bad of ['', '0123', '0123456789AB', '0123456789abc', '<script>', '0123456789a%20']) {
      expect(citedVersionOf(`?v=${bad}`), bad).toBeUndefined();
    }
  });
});

describe('withoutCitedVersion', () => {
  it('takes v out and leaves the rest as the map writes it', () => {
    expect(withoutCitedVersion('?place=azot&layers=cities,river&v=0123456789ab')).toBe('place=azot&layers=cities,river');
    expect(withoutCitedVersion('?v=0123456789ab')).toBe('');
    expect(withoutCitedVersion('?date=2022-06-30')).toBe('date=2022-06-30');
  });
});
