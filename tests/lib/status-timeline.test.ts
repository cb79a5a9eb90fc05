import { describe, expect, it } from 'vitest';
import type { Assertion, DateInfo } from '@/lib/schemas';
import { reportingDates, statusEntries, statusHistory, statusOn } from '@/lib/status-timeline';
import type { ReportView } from '@/lib/types';
import { loadGeoData } from './geo-data';
import { reportsForPlace } from '@/lib/citations';

const day = (date: string, approximate = false): DateInfo => (approximate ? { date, approximate, basis: 'test' } : { date, approximate });

/** An in-memory report: only the fields the timeline reads matter. */
function report(id: string, describes: string, reported: string, assertions: Omit<Assertion, 'according_to'>[]): ReportView {
  return {
    id,
    quote: `quote ${id}`,
    places: ['here'],
    describes: day(describes),
    reported: day(reported),
    assertions: assertions.map((a) => ({ according_to: `source of ${id}`, ...a })),
    citation: {
      source_id: 's',
      outlet: 'O',
      title: 'T',
      byline: null,
      original: null,
      published: day(reported),
      url: 'https://example.org',
      copy_url: 'https://example.org',
      url_is_copy: false,
      type: 'news-rewrite',
    },
  };
}

describe('statusOn', () => {
  const reports = [
    report('a', '2022-06-10', '2022-06-11', [{ place: 'here', status: 'ukrainian-held', basis: 'reported' }]),
    report('b', '2022-06-20', '2022-06-25', [{ place: 'here', status: 'under-attack', basis: 'observed' }]),
    report('c', '2022-06-22', '2022-06-22', []),
    report('d', '2022-06-24', '2022-06-24', [{ place: 'elsewhere', status: 'under-russian-control', basis: 'official' }]),
  ];

  it('is undefined before anything was reported', () => {
    expect(statusOn('here', reports, '2022-06-09')).toBeUndefined();
  });

  it('follows the latest described date among reports already published', () => {
    expect(statusOn('here', reports, '2022-06-12')?.status).toBe('ukrainian-held');
    // b describes 20 June but was only published on 25 June: not known on 21–24 June.
    expect(statusOn('here', reports, '2022-06-21')?.status).toBe('ukrainian-held');
    expect(statusOn('here', reports, '2022-06-24')?.status).toBe('ukrainian-held');
    expect(statusOn('here', reports, '2022-06-25')?.status).toBe('under-attack');
  });

  it('ignores reports without an assertion and assertions about other places', () => {
    expect(statusOn('here', reports, '2022-06-30')?.report.id).toBe('b');
    expect(statusEntries('here', reports).map((e) => e.report.id)).toEqual(['a', 'b']);
  });

  it('uses an assertion’s own describes date over its report’s', () => {
    const r = report('e', '2022-06-30', '2022-06-30', [
      { place: 'here', status: 'under-russian-control', basis: 'reported', describes: day('2022-06-25', true) },
    ]);
    expect(statusEntries('here', [r])[0]!.describes.date).toBe('2022-06-25');
    expect(statusOn('here', [r], '2022-06-27')).toBeUndefined(); // described, but not yet published
    expect(statusOn('here', [r], '2022-06-30')?.status).toBe('under-russian-control');
  });

  describe('equal described dates', () => {
    it('a claim loses to what a reporter saw, whatever the order of the reports', () => {
      const claimed = report('x', '2022-06-30', '2022-06-30', [{ place: 'here', status: 'under-russian-control', basis: 'claimed' }]);
      const seen = report('y', '2022-06-30', '2022-06-30', [{ place: 'here', status: 'under-attack', basis: 'observed' }]);
      expect(statusOn('here', [claimed, seen], '2022-07-01')?.status).toBe('under-attack');
      expect(statusOn('here', [seen, claimed], '2022-07-01')?.status).toBe('under-attack');
    });

    it('among attested assertions, the later status in the vocabulary wins, whatever the basis', () => {
      const attack = report('m', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'under-attack', basis: 'official' }]);
      const withdrawing = report('n', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'ukrainian-withdrawing', basis: 'reported' }]);
      expect(statusOn('here', [attack, withdrawing], '2022-06-24')?.status).toBe('ukrainian-withdrawing');
      expect(statusOn('here', [withdrawing, attack], '2022-06-24')?.status).toBe('ukrainian-withdrawing');
    });

    it('with equal status, the more certain basis is the one shown', () => {
      const official = report('r', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'under-attack', basis: 'official' }]);
      const seen = report('s', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'under-attack', basis: 'observed' }]);
      expect(statusOn('here', [seen, official], '2022-06-24')?.basis).toBe('observed');
    });

    it('with equal basis, the later status in the vocabulary wins', () => {
      const held = report('p', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'ukrainian-held', basis: 'reported' }]);
      const advancing = report('q', '2022-06-24', '2022-06-24', [{ place: 'here', status: 'russian-advancing', basis: 'reported' }]);
      expect(statusOn('here', [advancing, held], '2022-06-24')?.status).toBe('russian-advancing');
      expect(statusOn('here', [held, advancing], '2022-06-24')?.status).toBe('russian-advancing');
    });
  });
});

describe('statusHistory', () => {
  it('keeps one entry per change of status, in date order', () => {
    const reports = [
      report('a', '2022-06-10', '2022-06-10', [{ place: 'here', status: 'ukrainian-held', basis: 'reported' }]),
      report('b', '2022-06-12', '2022-06-12', [{ place: 'here', status: 'ukrainian-held', basis: 'observed' }]),
      report('c', '2022-06-20', '2022-06-20', [{ place: 'here', status: 'under-attack', basis: 'observed' }]),
      report('d', '2022-06-20', '2022-06-20', [{ place: 'here', status: 'ukrainian-held', basis: 'claimed' }]),
    ];
    expect(statusHistory('here', reports).map((e) => [e.describes.date, e.status])).toEqual([
      ['2022-06-10', 'ukrainian-held'],
      ['2022-06-20', 'under-attack'],
    ]);
    expect(statusHistory('here', reports, '2022-06-15').map((e) => e.status)).toEqual(['ukrainian-held']);
  });

  it('is empty for a place no report asserts anything about', () => {
    expect(statusHistory('here', [report('z', '2022-06-10', '2022-06-10', [])])).toEqual([]);
  });
});

describe('on the project’s data', () => {
  const data = loadGeoData();

  it('Severodonetsk: nothing by 20 June 2022, withdrawing on 24 June, under Russian control by 1 July', () => {
    const reports = reportsForPlace('severodonetsk', data);
    expect(statusOn('severodonetsk', reports, '2022-06-20')).toBeUndefined();
    expect(statusOn('severodonetsk', reports, '2022-06-24')?.status).toBe('ukrainian-withdrawing');
    const july = statusOn('severodonetsk', reports, '2022-07-01')!;
    expect(july.status).toBe('under-russian-control');
    expect(july.report.id).toBe('sky-twin-city-bridge');
  });

  it('the refinery: fighting seen c. 28 June, reported c. 30 June, then Russian troops inside by Russian media’s claim', () => {
    const reports = reportsForPlace('lysychansk-refinery', data);
    expect(statusOn('lysychansk-refinery', reports, '2022-06-29')).toBeUndefined();
    const latest = statusOn('lysychansk-refinery', reports, '2022-06-30')!;
    expect([latest.status, latest.basis]).toEqual(['russian-troops-inside', 'claimed']);
    expect(statusHistory('lysychansk-refinery', reports).map((e) => e.status)).toEqual(['under-attack', 'russian-troops-inside']);
  });

  it('no status for the fall of Lysychansk: no source states it', () => {
    const reports = reportsForPlace('lysychansk', data);
    expect(statusOn('lysychansk', reports, '2023-02-08')?.status).not.toBe('under-russian-control');
  });

  it('reporting dates are unique, sorted and include publication and described dates', () => {
    const dates = reportingDates(data.reports.map((r) => reportsForPlace(r.places[0]!, data).find((v) => v.id === r.id)!));
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates).toContain('2022-06-28'); // described only (the refinery fighting)
    expect(dates).toContain('2023-02-08'); // published only (the Bakhmut re-post)
    expect(dates.at(-1)).toBe('2023-02-08');
  });
});

describe('the vocabulary order used for ties', () => {
  it('follows the schema’s status order', async () => {
    const { statusSchema } = await import('@/lib/schemas');
    const { STATUS_LABELS } = await import('@/lib/vocabulary');
    expect(Object.keys(STATUS_LABELS)).toEqual(statusSchema.options);
  });
});
