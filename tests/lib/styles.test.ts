import { describe, expect, it } from 'vitest';
import type { Status } from '@/lib/schemas';
import {
  BASE_STYLE,
  baseStyles,
  legendEntries,
  MAP_BACKGROUND,
  mapColourCss,
  NO_STATUS_COLOUR,
  NO_STATUS_COLOUR_DARK,
  STATUS_COLOURS,
  STATUS_COLOURS_DARK,
  statusLegendEntries,
  STYLE_RULES,
  STYLE_RULES_DARK,
  styleFor,
  THEME,
  THEME_DARK,
  UNCERTAINTY_STYLE,
  uncertaintyStyle,
  type StyleKey,
} from '@/lib/styles';
import { STATUS_LABELS } from '@/lib/vocabulary';

const KEYS = Object.keys(STYLE_RULES) as StyleKey[];

/** The colours each style key is drawn in, written out independently of the table. */
const EXPECTED_COLOURS: Record<StyleKey, { color: string; fillColor?: string }> = {
  region: { color: THEME.region, fillColor: THEME.region },
  city: { color: THEME.city, fillColor: THEME.cityFill },
  facility: { color: THEME.halo, fillColor: THEME.facility },
  river: { color: THEME.river },
  bridge: { color: THEME.halo, fillColor: THEME.bridge },
};

describe('styleFor', () => {
  it('covers exactly the five layer style keys', () => {
    expect(KEYS.sort()).toEqual(['bridge', 'city', 'facility', 'region', 'river']);
  });

  it.each(KEYS)('returns the table style and colours for %s', (key) => {
    const style = styleFor(key, null);
    expect(style).toEqual(STYLE_RULES[key].style);
    expect(style).toMatchObject(EXPECTED_COLOURS[key]);
    expect(style.color).not.toBe(THEME.selected);
  });

  it('returns a copy, not the table object itself', () => {
    const style = styleFor('river', null);
    expect(style).not.toBe(STYLE_RULES.river.style);
    style.color = '#000000';
    expect(STYLE_RULES.river.style.color).toBe(THEME.river);
  });

  it('draws a city point (Kramatorsk, Slovyansk) as a filled circle marker and a city polygon as an outlined area', () => {
    const point = styleFor('city', { kind: 'city', precision: { type: 'exact' } }, { point: true });
    const polygon = styleFor('city', { kind: 'city', precision: { type: 'exact' } });
    expect(point).toEqual(STYLE_RULES.city.point);
    expect(point).toMatchObject({ color: THEME.halo, fillColor: THEME.city, fillOpacity: 1, radius: 7 });
    expect(polygon).toMatchObject({ color: THEME.city, fillColor: THEME.cityFill, fillOpacity: 0.25 });
    expect(polygon).not.toHaveProperty('radius');
  });

  it('falls back to the main style for a point of a key without a point style', () => {
    expect(styleFor('facility', null, { point: true })).toEqual(STYLE_RULES.facility.style);
  });

  it.each(KEYS)('adds weight and the selected colour when %s is selected, without changing the table', (key) => {
    const before = structuredClone(STYLE_RULES);
    const plain = styleFor(key, null);
    const selected = styleFor(key, null, { selected: true });
    expect(selected.color).toBe(THEME.selected);
    expect(selected.weight).toBe(plain.weight + 2);
    expect(selected.opacity).toBe(1);
    // The fill stays the key's own colour: selection shows in the outline.
    expect(selected.fillColor).toBe(plain.fillColor);
    expect(STYLE_RULES).toEqual(before);
  });

  it('selects a city point from its point style', () => {
    const before = structuredClone(STYLE_RULES);
    const selected = styleFor('city', null, { point: true, selected: true });
    expect(selected).toMatchObject({ color: THEME.selected, weight: STYLE_RULES.city.point!.weight + 2, radius: 7, fillColor: THEME.city });
    expect(STYLE_RULES).toEqual(before);
  });
});

describe('legendEntries', () => {
  it('labels each entry with the table label and style, in the order given', () => {
    const keys: StyleKey[] = ['river', 'city', 'region'];
    const entries = legendEntries(keys);
    expect(entries.map((e) => e.key)).toEqual(keys);
    for (const e of entries) {
      const rule = STYLE_RULES[e.key as StyleKey];
      expect(e.label).toBe(rule.label);
      expect(e.shape).toBe(rule.shape);
      expect(e.style).toEqual(rule.style);
    }
  });

  it('follows the input order, not the table order', () => {
    expect(legendEntries(['region', 'river', 'city']).map((e) => e.key)).toEqual(['region', 'river', 'city']);
    expect(legendEntries(['city', 'river', 'region']).map((e) => e.key)).toEqual(['city', 'river', 'region']);
  });

  it('lists a repeated key once, at its first position', () => {
    expect(legendEntries(['river', 'city', 'river', 'city']).map((e) => e.key)).toEqual(['river', 'city']);
  });

  it('adds the uncertainty entry, once and last, only when facilities or bridges are shown', () => {
    const withFacility = legendEntries(['facility', 'city']);
    expect(withFacility.map((e) => e.key)).toEqual(['facility', 'city', 'uncertainty']);
    expect(withFacility.at(-1)).toMatchObject({ shape: 'circle', style: UNCERTAINTY_STYLE });
    expect(withFacility.at(-1)!.label).toMatch(/approximate/i);

    expect(legendEntries(['bridge']).map((e) => e.key)).toEqual(['bridge', 'uncertainty']);
    expect(legendEntries(['bridge', 'facility', 'bridge']).filter((e) => e.key === 'uncertainty')).toHaveLength(1);

    expect(legendEntries(['city', 'river', 'region']).some((e) => e.key === 'uncertainty')).toBe(false);
    expect(legendEntries([])).toEqual([]);
  });

  it('covers every key with the table labels when every layer is shown', () => {
    const entries = legendEntries(KEYS);
    expect(entries.filter((e) => e.key !== 'uncertainty').map((e) => e.label)).toEqual(KEYS.map((k) => STYLE_RULES[k].label));
  });
});

describe('status colours (the timeline)', () => {
  it('fills a city polygon and its outline with the status colour', () => {
    const style = styleFor('city', null, { status: 'under-russian-control' });
    expect(style).toMatchObject({
      color: STATUS_COLOURS['under-russian-control'],
      fillColor: STATUS_COLOURS['under-russian-control'],
      fillOpacity: 0.4,
    });
  });

  it('fills a point (city point, facility) with the status colour and keeps its halo outline', () => {
    expect(styleFor('city', null, { point: true, status: 'ukrainian-held' })).toMatchObject({
      color: THEME.halo,
      fillColor: STATUS_COLOURS['ukrainian-held'],
      radius: 7,
    });
    expect(styleFor('facility', null, { point: true, status: 'under-attack' })).toMatchObject({
      color: THEME.halo,
      fillColor: STATUS_COLOURS['under-attack'],
    });
  });

  it('uses the no-status colour for null (nothing reported yet) and the plain style for undefined', () => {
    expect(styleFor('city', null, { point: true, status: null }).fillColor).toBe(NO_STATUS_COLOUR);
    expect(styleFor('city', null, { point: true })).toEqual(STYLE_RULES.city.point);
  });

  it.each(['river', 'bridge', 'region'] as const)('ignores a status for the %s layer', (key) => {
    expect(styleFor(key, null, { status: 'under-russian-control' })).toEqual(STYLE_RULES[key].style);
  });

  it('keeps the status fill when selected, with the selected outline, and changes no table', () => {
    const before = structuredClone({ STYLE_RULES, STATUS_COLOURS });
    const style = styleFor('city', null, { status: 'under-attack', selected: true });
    expect(style).toMatchObject({ color: THEME.selected, fillColor: STATUS_COLOURS['under-attack'], weight: STYLE_RULES.city.style.weight + 2 });
    expect({ STYLE_RULES, STATUS_COLOURS }).toEqual(before);
  });

  it('gives every status a distinct colour, different from the no-status grey', () => {
    const colours = Object.values(STATUS_COLOURS);
    expect(new Set([...colours, NO_STATUS_COLOUR]).size).toBe(colours.length + 1);
  });

  it('legends the status colours only when cities or facilities are shown, one entry per status then "none"', () => {
    expect(statusLegendEntries(['river', 'bridge', 'region'])).toEqual([]);
    const entries = statusLegendEntries(['river', 'facility']);
    const statuses = Object.keys(STATUS_LABELS) as Status[];
    expect(entries.map((e) => e.key)).toEqual([...statuses.map((st) => `status-${st}`), 'status-none']);
    expect(entries.map((e) => e.label).slice(0, -1)).toEqual(statuses.map((st) => STATUS_LABELS[st]));
    for (const st of statuses) expect(entries.find((e) => e.key === `status-${st}`)!.style.fillColor).toBe(STATUS_COLOURS[st]);
    expect(entries.at(-1)!.style.fillColor).toBe(NO_STATUS_COLOUR);
    expect(statusLegendEntries(['city']).length).toBe(entries.length);
  });
});

describe('the dark theme', () => {
  it.each(KEYS)('draws %s from the dark table, with the same shapes and weights as the light one', (key) => {
    const light = styleFor(key, null);
    const dark = styleFor(key, null, { theme: 'dark' });
    expect(dark).toEqual(STYLE_RULES_DARK[key].style);
    expect({ ...dark, color: undefined, fillColor: undefined }).toEqual({ ...light, color: undefined, fillColor: undefined });
    expect(dark.color).toBe(key === 'facility' || key === 'bridge' ? THEME_DARK.halo : THEME_DARK[key === 'city' ? 'city' : key]);
  });

  it('uses the dark status colours and the dark selected colour', () => {
    expect(styleFor('city', null, { status: 'under-attack', theme: 'dark' })).toMatchObject({
      color: STATUS_COLOURS_DARK['under-attack'],
      fillColor: STATUS_COLOURS_DARK['under-attack'],
    });
    expect(styleFor('facility', null, { point: true, status: null, theme: 'dark' }).fillColor).toBe(NO_STATUS_COLOUR_DARK);
    expect(styleFor('city', null, { status: 'under-attack', selected: true, theme: 'dark' }).color).toBe(THEME_DARK.selected);
    expect(styleFor('bridge', null, { point: true, selected: true, theme: 'dark' }).color).toBe(THEME_DARK.selected);
  });

  it('legends the dark colours', () => {
    const statuses = Object.keys(STATUS_LABELS) as Status[];
    const entries = statusLegendEntries(['city'], 'dark');
    for (const st of statuses) expect(entries.find((e) => e.key === `status-${st}`)!.style.fillColor).toBe(STATUS_COLOURS_DARK[st]);
    expect(entries.at(-1)!.style.fillColor).toBe(NO_STATUS_COLOUR_DARK);
    const layers = legendEntries(['region', 'bridge'], 'dark');
    expect(layers.map((e) => e.style.color)).toEqual([THEME_DARK.region, THEME_DARK.halo, THEME_DARK.uncertainty]);
    expect(layers.at(-1)!.style).toEqual(uncertaintyStyle('dark'));
  });

  it('gives the offline base a dark fill and light lines', () => {
    expect(baseStyles('light').region).toBe(BASE_STYLE.region);
    expect(baseStyles('dark')).toMatchObject({ region: BASE_STYLE.regionDark, border: BASE_STYLE.borderDark, town: BASE_STYLE.townDark });
  });

  it('writes the map background and status colours of both themes as CSS custom properties', () => {
    const css = mapColourCss();
    expect(css).toContain(`--map-bg: light-dark(${MAP_BACKGROUND.light}, ${MAP_BACKGROUND.dark})`);
    for (const st of Object.keys(STATUS_COLOURS) as Status[]) {
      expect(css).toContain(`--status-${st}: light-dark(${STATUS_COLOURS[st]}, ${STATUS_COLOURS_DARK[st]});`);
    }
    expect(css).toContain(`--status-none: light-dark(${NO_STATUS_COLOUR}, ${NO_STATUS_COLOUR_DARK});`);
  });
});
