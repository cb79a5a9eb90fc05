// A place's page (/places/{id}) shows what lib/place-page.ts gathers; the page itself is tested in tests/e2e/place-page.spec.ts.
import { describe, expect, it } from 'vitest';
import { placeReportingOf } from '@/lib/map-data';
import { oembedFor } from '@/lib/oembed';
import { formatLatLon, placeDescription, placeOembedUrl, placePageOf } from '@/lib/place-page';
import { placeWithSituation } from '@/lib/situation-api';
import { loadGeoData, loadMapData } from './geo-data';
import { WORDS } from '../helpers/messages';

const data = loadGeoData();
const map = loadMapData();
const LATEST = map.dateRange.max;
const reportingOf = (id: string) => (data.places.has(id) ? placeReportingOf(id, data) : undefined);
const page = (id: string) => {
  const p = placePageOf(id, data, LATEST, reportingOf);
  if (!p) throw new Error(`no page for ${id}`);
  return p;
};

describe('placePageOf', () => {
  it('gathers Lysychansk’s names, layer, geometry, provenance and credits, and the places part of it', () => {
    const p = page('lysychansk');
    expect(p).toMatchObject({ id: 'lysychansk', name: 'Lysychansk', name_uk: 'Лисичанськ', kind: 'city', date: LATEST });
    expect(p.layer).toEqual({ id: 'cities', title: 'Cities', title_uk: 'Міста' });
    expect(p.geometry.type).toBe('Polygon');
    const [west, south, east, north] = p.extent!;
    expect(west).toBeLessThan(p.label_point![0]);
    expect(east).toBeGreaterThan(p.label_point![0]);
    expect(south).toBeLessThan(p.label_point![1]);
    expect(north).toBeGreaterThan(p.label_point![1]);
    expect(p.credits.map((c) => c.text)).toEqual(p.geometry_source.attribution.map((key) => data.manifest.attributions[key]!.text));
    expect(p.container).toBeUndefined();
    expect(p.parts).toEqual([{ id: 'lysychansk-refinery', name: 'Lysychansk oil refinery', name_uk: expect.any(String) }]);
  });

  it('gives a point no extent, and names the place it is part of', () => {
    const p = page('lysychansk-refinery');
    expect(p.geometry.type).toBe('Point');
    expect(p.extent).toBeUndefined();
    expect(p.container).toEqual({ id: 'lysychansk', name: 'Lysychansk', name_uk: 'Лисичанськ' });
    expect(p.parts).toEqual([]);
  });

  it('carries the reporting file in full, and the same situation on the latest date as the API', () => {
    const p = page('lysychansk');
    expect(p.reporting).toEqual(placeReportingOf('lysychansk', data));
    const api = placeWithSituation('lysychansk', data, LATEST)!.situation.on_latest_date;
    expect(p.situation.control?.control).toBe(api.control?.control);
    expect(p.situation.activities.map((a) => a.activity)).toEqual(api.activities.map((a) => a.activity));
    expect(p.situation.lastReported).toBe(api.last_reported);
    expect(p.situation.ageDays).toBe(api.age_days);
    expect(p.outdatedReport).toBeUndefined();
  });

  it('quotes the container’s later report that makes Azot’s control possibly out of date', () => {
    const p = page('azot');
    expect(p.situation.outdatedBy?.place).toBe('severodonetsk');
    expect(p.outdatedReport?.id).toBe(p.situation.outdatedBy!.control.report.id);
    expect(p.outdatedReport?.places).toContain('severodonetsk');
    expect(p.outdatedReport?.quote.length).toBeGreaterThan(0);
  });

  it('is undefined for an unknown place', () => {
    expect(placePageOf('nowhere', data, LATEST, reportingOf)).toBeUndefined();
  });
});

describe('placeDescription', () => {
  it('states the situation as last reported, and how many reports are quoted', () => {
    const p = page('lysychansk');
    expect(placeDescription(WORDS.en, p)).toBe(
      `Lysychansk (Лисичанськ), as last reported c. 30 June 2022: Ukrainian control · Under attack · Russian advance. ${p.reporting.reports.length} reports quoted word for word with their sources.`,
    );
  });

  it('says when the control may be out of date, and why', () => {
    expect(placeDescription(WORDS.en, page('azot'))).toMatch(
      /possibly out of date: Severodonetsk, which it is part of, was reported later\)\. 1 report quoted/,
    );
  });

  it('says so where nothing is asserted, or nothing reported', () => {
    expect(placeDescription(WORDS.en, page('kramatorsk'))).toBe(
      'Kramatorsk (Краматорськ): no control or activity reported. 1 report quoted word for word with their sources.',
    );
    expect(placeDescription(WORDS.en, page('bridge-pavlohrad'))).toBe(
      "Pavlohrad bridge (Павлоградський міст): no reporting in this map's sources; drawn on the map for orientation.",
    );
  });
});

describe('placeOembedUrl', () => {
  it('is none without a configured origin: no absolute address is made up', () => {
    expect(placeOembedUrl(null, 'lysychansk')).toBeUndefined();
  });

  it('asks the site’s oEmbed endpoint for the map on the place, which it answers', () => {
    const origin = 'https://map.example.org';
    const href = placeOembedUrl(origin, 'lysychansk')!;
    expect(href).toBe('https://map.example.org/api/oembed?format=json&url=https%3A%2F%2Fmap.example.org%2F%3Fplace%3Dlysychansk');
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe(`${origin}/api/oembed`);
    const answer = oembedFor(url.searchParams, origin, map, {}, (locale) => WORDS[locale]);
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.body.title).toBe('Lysychansk: what was reported (front-line map)');
    expect(answer.ok && answer.body.html).toContain('src="https://map.example.org/embed?place=lysychansk"');
  });
});

describe('formatLatLon', () => {
  it('writes latitude first, with its hemisphere, to the data’s decimals', () => {
    expect(formatLatLon(WORDS.en, [38.4286, 48.9173])).toBe('48.9173° N, 38.4286° E');
    expect(formatLatLon(WORDS.en, [-0.1276, -51.5])).toBe('51.5° S, 0.1276° W');
  });

  it('in Ukrainian: decimal commas and the hemispheres as Ukrainian abbreviates them', () => {
    expect(formatLatLon(WORDS.uk, [38.4286, 48.9173])).toBe('48,9173° пн. ш., 38,4286° сх. д.');
    expect(formatLatLon(WORDS.uk, [-0.1276, -51.5])).toBe('51,5° пд. ш., 0,1276° зх. д.');
  });
});
