// GET /api/places/{id} carries each place's control, activity and age (lib/situation-api.ts).
import { describe, expect, it } from 'vitest';
import { withClaimSummaries } from '@/lib/english-words';
import { placeWithSituation } from '@/lib/situation-api';
import { loadGeoData } from './geo-data';

const data = loadGeoData();
const LATEST = '2023-02-08';
const situation = (id: string) => placeWithSituation(id, data, LATEST)!.situation;

describe('a place’s situation in the API', () => {
  it('Lysychansk on the latest date: Ukrainian control last reported c. 30 June 2022, 223 days old, stale', () => {
    const s = situation('lysychansk');
    expect(s.stale_after_days).toBe(7);
    expect(s.on_latest_date).toMatchObject({ date: LATEST, last_reported: '2022-06-30', age_days: 223, stale: true });
    expect(s.on_latest_date.control).toMatchObject({ control: 'ukrainian', basis: 'reported' });
    expect(s.on_latest_date.activities.map((a) => a.activity)).toEqual(['under-attack', 'russian-advance']);
  });

  it('lists each change of the situation from the date it took effect, and nothing that does not change it', () => {
    const changes = situation('severodonetsk').changes;
    expect(changes.map((c) => [c.from, c.control?.control, c.activities.map((a) => a.activity)])).toEqual([
      ['2022-06-24', 'contested', ['ukrainian-withdrawal']],
      ['2022-06-30', 'russian', []],
    ]);
  });

  it('flags Azot as possibly out of date once Severodonetsk’s Russian control is reported', () => {
    const s = situation('azot');
    expect(s.on_latest_date.possibly_out_of_date).toMatchObject({ because_of: 'severodonetsk', control: { control: 'russian' } });
    expect(s.changes.map((c) => [c.from, c.possibly_out_of_date?.because_of ?? null])).toEqual([
      ['2022-06-24', null],
      ['2022-06-30', 'severodonetsk'],
    ]);
  });

  it('gives no situation to a place no source asserts anything about, and keeps the place’s other fields', () => {
    const place = placeWithSituation('kramatorsk', data, LATEST)!;
    expect(place.reports.length).toBeGreaterThan(0);
    expect(place.situation.changes).toEqual([]);
    expect(place.situation.on_latest_date).toMatchObject({ control: null, activities: [], last_reported: null, age_days: null, stale: false });
    expect(placeWithSituation('nowhere', data, LATEST)).toBeUndefined();
  });

  it('links each place to its page, by a relative address', () => {
    expect(placeWithSituation('lysychansk-refinery', data, LATEST)!.page).toBe('/places/lysychansk-refinery');
  });
});

describe('a place’s claims in the API', () => {
  it('give their parts and, beside them, the map’s English one-line summary (the field the API always had)', () => {
    const place = withClaimSummaries(placeWithSituation('lysychansk-refinery', data, LATEST)!);
    const claims = place.claims;
    expect(claims.length).toBeGreaterThan(2);
    const sixMiles = claims.find((c) => c.id === 'refinery-six-miles');
    expect(sixMiles?.finding).toMatchObject({ kind: 'distance' });
    expect(sixMiles?.summary).toMatch(/^Map check: .*Lysychansk.* — consistent with ‘six miles’$/);
    expect(claims.every((c) => c.summary.startsWith('Map check:'))).toBe(true);
  });
});
