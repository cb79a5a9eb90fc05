import { describe, expect, it } from 'vitest';
import { reportsForPlace } from '@/lib/citations';
import { situationOn as placeSituationOn } from '@/lib/map-data';
import { activitySchema, type Assertion, controlSchema, type DateInfo } from '@/lib/schemas';
import { ACTIVITY_ORDER, reportingDates, STALE_AFTER_DAYS, situationHistory, situationOn } from '@/lib/situation';
import type { ReportView } from '@/lib/types';
import { ACTIVITIES, CONTROLS } from '@/lib/vocabulary';
import { MESSAGES } from '../helpers/messages';
import { testReport } from '../helpers/report-view';
import { loadGeoData } from './geo-data';

const day = (date: string, extra: Partial<DateInfo> = {}): DateInfo => ({ date, approximate: false, ...extra });
type Said = (Pick<Extract<Assertion, { control: unknown }>, 'control'> | Pick<Extract<Assertion, { activity: unknown }>, 'activity'>) &
  Pick<Assertion, 'basis'> &
  Partial<Pick<Assertion, 'place' | 'describes'>>;

/** An in-memory report about 'here': only the fields the rules read matter. */
function report(id: string, describes: string, reported: string, said: Said[]): ReportView {
  const assertions = said.map((a) => ({ place: 'here', according_to: `source of ${id}`, ...a }) as Assertion);
  return testReport({ id, places: ['here'], describes: day(describes), reported: day(reported), assertions });
}

describe('control', () => {
  it('is unknown before a source says who holds the place, and follows the latest described date among published reports', () => {
    const reports = [
      report('a', '2022-06-10', '2022-06-11', [{ control: 'ukrainian', basis: 'reported' }]),
      report('b', '2022-06-20', '2022-06-25', [{ control: 'contested', basis: 'observed' }]),
      report('c', '2022-06-21', '2022-06-21', [{ activity: 'under-attack', basis: 'official' }]),
    ];
    expect(situationOn('here', reports, '2022-06-09').control).toBeUndefined();
    expect(situationOn('here', reports, '2022-06-12').control?.control).toBe('ukrainian');
    // b describes 20 June but was published on 25 June: not known on 21–24 June.
    expect(situationOn('here', reports, '2022-06-24').control?.control).toBe('ukrainian');
    expect(situationOn('here', reports, '2022-06-25').control?.report.id).toBe('b');
  });

  it('a claim does not decide control where attested reporting disagrees: it is shown beside it', () => {
    const held = report('held', '2022-06-24', '2022-06-24', [{ control: 'ukrainian', basis: 'reported' }]);
    const claim = report('claim', '2022-06-30', '2022-06-30', [{ control: 'russian', basis: 'claimed' }]);
    const s = situationOn('here', [claim, held], '2022-07-01');
    expect(s.control?.report.id).toBe('held');
    expect([s.disputedBy?.control, s.disputedBy?.basis]).toEqual(['russian', 'claimed']);
    // An older claim disputes nothing; with nothing attested, a claim is all there is (and says so).
    expect(
      situationOn('here', [report('old', '2022-06-01', '2022-06-01', [{ control: 'russian', basis: 'claimed' }]), held], '2022-07-01')
        .disputedBy,
    ).toBeUndefined();
    expect(situationOn('here', [claim], '2022-07-01').control?.basis).toBe('claimed');
  });

  it('on the same date the more certain basis wins, whatever the order of the reports', () => {
    const official = report('o', '2022-06-24', '2022-06-24', [{ control: 'contested', basis: 'official' }]);
    const seen = report('s', '2022-06-24', '2022-06-24', [{ control: 'ukrainian', basis: 'observed' }]);
    expect(situationOn('here', [official, seen], '2022-06-24').control?.report.id).toBe('s');
    expect(situationOn('here', [seen, official], '2022-06-24').control?.report.id).toBe('s');
  });
});

describe('activity', () => {
  it('control and activity on the same date are both shown, several activities at once, each with its best basis', () => {
    const reports = [
      report('held', '2022-06-24', '2022-06-24', [{ control: 'ukrainian', basis: 'reported' }]),
      report('advance', '2022-06-24', '2022-06-24', [{ activity: 'russian-advance', basis: 'reported' }]),
      report('shelled', '2022-06-24', '2022-06-24', [{ activity: 'under-attack', basis: 'reported' }]),
      report('heard', '2022-06-24', '2022-06-24', [{ activity: 'under-attack', basis: 'observed' }]),
    ];
    const s = situationOn('here', reports, '2022-06-25');
    expect(s.control?.control).toBe('ukrainian');
    expect(s.activities.map((a) => [a.activity, a.report.id])).toEqual([
      ['under-attack', 'heard'],
      ['russian-advance', 'advance'],
    ]);
  });

  it('only the latest date’s activities, and none once a later report of control supersedes them', () => {
    const reports = [
      report('a', '2022-06-20', '2022-06-20', [{ activity: 'under-attack', basis: 'reported' }]),
      report('w', '2022-06-24', '2022-06-24', [{ activity: 'ukrainian-withdrawal', basis: 'reported' }]),
      report('r', '2022-06-26', '2022-06-30', [{ control: 'russian', basis: 'reported' }]),
    ];
    expect(situationOn('here', reports, '2022-06-25').activities.map((a) => a.activity)).toEqual(['ukrainian-withdrawal']);
    expect(situationOn('here', reports, '2022-06-30').activities).toEqual([]);
  });

  it('an assertion with its own described range is ordered by the range’s end, and known only once published', () => {
    const range = day('2022-06-28', { approximate: true, earliest: '2022-06-28', latest: '2022-06-30', basis: 'test' });
    const reports = [
      report('fight', '2022-06-30', '2022-06-30', [{ activity: 'under-attack', basis: 'observed', describes: range }]),
      report('inside', '2022-06-30', '2022-06-30', [{ activity: 'russian-troops-inside', basis: 'claimed' }]),
    ];
    expect(situationOn('here', reports, '2022-06-29').activities).toEqual([]);
    const s = situationOn('here', reports, '2022-06-30');
    expect(s.activities.map((a) => a.activity)).toEqual(['under-attack', 'russian-troops-inside']);
    expect(s.lastReported).toBe('2022-06-30');
  });
});

describe('age', () => {
  const reports = [report('a', '2022-06-30', '2022-06-30', [{ activity: 'russian-advance', basis: 'reported' }])];

  it(`is the chosen date minus the latest described date; stale past ${STALE_AFTER_DAYS} days`, () => {
    expect(situationOn('here', reports, '2022-06-30')).toMatchObject({ ageDays: 0, stale: false });
    expect(situationOn('here', reports, `2022-07-0${STALE_AFTER_DAYS}`)).toMatchObject({ ageDays: STALE_AFTER_DAYS, stale: false });
    expect(situationOn('here', reports, '2022-07-08')).toMatchObject({ ageDays: 8, stale: true });
    expect(situationOn('here', reports, '2023-02-08')).toMatchObject({ ageDays: 223, stale: true, lastReported: '2022-06-30' });
  });

  it('has no age where nothing is reported yet', () => {
    expect(situationOn('here', reports, '2022-06-01')).toEqual({ activities: [], stale: false });
  });
});

describe('situationHistory', () => {
  it('groups every assertion by the date it describes, oldest first, as known on a date', () => {
    const reports = [
      report('a', '2022-06-10', '2022-06-10', [{ control: 'ukrainian', basis: 'reported' }]),
      report('b', '2022-06-20', '2022-06-20', [
        { activity: 'under-attack', basis: 'observed' },
        { control: 'contested', basis: 'observed' },
      ]),
    ];
    const groups = situationHistory('here', reports).map((g) => g.map((e) => ('control' in e ? e.control : e.activity)));
    expect(groups).toEqual([['ukrainian'], ['under-attack', 'contested']]);
    expect(situationHistory('here', reports, '2022-06-15')).toHaveLength(1);
    expect(situationHistory('here', [report('z', '2022-06-10', '2022-06-10', [])])).toEqual([]);
  });
});

describe('on the project’s data', () => {
  const data = loadGeoData();
  const on = (id: string, date: string) => situationOn(id, reportsForPlace(id, data), date);

  it('Lysychansk on 25 June 2022: Ukrainian control with a Russian advance', () => {
    const s = on('lysychansk', '2022-06-25');
    expect(s.control?.control).toBe('ukrainian');
    expect(s.activities.map((a) => a.activity)).toContain('russian-advance');
  });

  it('Lysychansk on 8 February 2023: last reported c. 30 June 2022, 223 days before, stale; its fall is in no source here', () => {
    const s = on('lysychansk', '2023-02-08');
    expect(s).toMatchObject({ lastReported: '2022-06-30', ageDays: 223, stale: true });
    expect(s.control?.control).toBe('ukrainian');
  });

  it('Severodonetsk: contested and withdrawing c. 24 June, under Russian control by 1 July with no activity left', () => {
    expect(on('severodonetsk', '2022-06-20').latest).toBeUndefined();
    const june = on('severodonetsk', '2022-06-24');
    expect([june.control?.control, june.activities.map((a) => a.activity)]).toEqual(['contested', ['ukrainian-withdrawal']]);
    const july = on('severodonetsk', '2022-07-01');
    expect([july.control?.control, july.control?.report.id, july.activities]).toEqual(['russian', 'sky-twin-city-bridge', []]);
  });

  it('Azot, part of Severodonetsk, is possibly out of date once Severodonetsk is reported under Russian control', () => {
    const digest = (id: string) => ({ id, reports: reportsForPlace(id, data), name: data.places.get(id)!.feature.properties.name });
    const container = data.places.get('azot')!.feature.properties.part_of!;
    expect(container).toBe('severodonetsk');
    const s = placeSituationOn(digest('azot'), '2022-07-01', digest(container));
    expect(s.control?.control).toBe('ukrainian');
    expect(s.outdatedBy).toMatchObject({ place: 'severodonetsk', control: { control: 'russian' } });
    expect(s.stale).toBe(true);
  });

  it('the refinery: fighting seen 28–30 June, and Russian troops inside by Russian media’s claim, no control', () => {
    const s = on('lysychansk-refinery', '2022-06-30');
    expect(s.control).toBeUndefined();
    expect(s.activities.map((a) => [a.activity, a.basis])).toEqual([
      ['under-attack', 'observed'],
      ['russian-troops-inside', 'claimed'],
    ]);
  });

  it('Bakhmut on 7 February 2023: held by Ukrainian forces while under attack and a Russian advance', () => {
    const s = on('bakhmut', '2023-02-08');
    expect(s.control?.control).toBe('ukrainian');
    expect(s.activities.map((a) => a.activity)).toEqual(['under-attack', 'russian-advance']);
  });

  it('reporting dates are unique, sorted and include publication and described dates', () => {
    const dates = reportingDates(data.reports.map((r) => reportsForPlace(r.places[0]!, data).find((v) => v.id === r.id)!));
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates).toContain('2022-06-28'); // described only (the start of the refinery fighting)
    expect(dates).toContain('2023-02-08'); // published only (the Bakhmut re-post)
  });
});

describe('the vocabularies', () => {
  it('have a label for each value, in the schema’s order', () => {
    expect(CONTROLS).toEqual(controlSchema.options);
    expect(ACTIVITIES).toEqual(activitySchema.options);
    for (const messages of Object.values(MESSAGES)) {
      expect(Object.keys(messages.Vocabulary.control)).toEqual(controlSchema.options);
      expect(Object.keys(messages.Vocabulary.activity)).toEqual(activitySchema.options);
    }
    expect(ACTIVITY_ORDER).toEqual(activitySchema.options);
  });
});
