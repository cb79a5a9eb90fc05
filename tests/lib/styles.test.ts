import { describe, expect, it } from 'vitest';
import { type LegendKey, legendEntries, legendLabel, statusLegendEntries } from '@/lib/legend';
import type { Control } from '@/lib/schemas';
import {
  ACTIVITY_OUTLINE,
  BASE_STYLE,
  baseStyles,
  CONTROL_COLOURS,
  CONTROL_COLOURS_DARK,
  MAP_BACKGROUND,
  mapColourCss,
  NO_CONTROL_COLOUR,
  NO_CONTROL_COLOUR_DARK,
  type PlaceLook,
  STYLE_RULES,
  STYLE_RULES_DARK,
  styleFor,
  THEME,
  THEME_DARK,
  UNCERTAINTY_STYLE,
  uncertaintyStyle,
  type StyleKey,
} from '@/lib/styles';
import { controlLabel, CONTROLS } from '@/lib/vocabulary';
import { MESSAGES, WORDS } from '../helpers/messages';

const label = (key: LegendKey) => legendLabel(WORDS.en.t, key);

/** A place's look: a control, nothing else, unless the test says so. */
const look = (control: Control | null, extra: Partial<PlaceLook> = {}): PlaceLook => ({
  control,
  claimed: false,
  active: false,
  stale: false,
  ...extra,
});

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
  it('labels each entry with its words in the catalogue and the table style, in the order given', () => {
    const keys: StyleKey[] = ['river', 'city', 'region'];
    const entries = legendEntries(keys);
    expect(entries.map((e) => e.key)).toEqual(keys);
    for (const e of entries) {
      const rule = STYLE_RULES[e.key as StyleKey];
      expect(label(e.key)).toBe(MESSAGES.en.Legend.entry[e.key as StyleKey]);
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
    expect(label(withFacility.at(-1)!.key)).toMatch(/approximate/i);

    expect(legendEntries(['bridge']).map((e) => e.key)).toEqual(['bridge', 'uncertainty']);
    expect(legendEntries(['bridge', 'facility', 'bridge']).filter((e) => e.key === 'uncertainty')).toHaveLength(1);

    expect(legendEntries(['city', 'river', 'region']).some((e) => e.key === 'uncertainty')).toBe(false);
    expect(legendEntries([])).toEqual([]);
  });

  it('covers every key, each with its own words, when every layer is shown', () => {
    const entries = legendEntries(KEYS);
    const labels = entries.filter((e) => e.key !== 'uncertainty').map((e) => label(e.key));
    expect(labels).toEqual(KEYS.map((k) => MESSAGES.en.Legend.entry[k]));
    expect(new Set(labels).size).toBe(KEYS.length);
  });
});

describe('situation styles (the timeline)', () => {
  it('fills a city polygon and its outline with the control colour', () => {
    expect(styleFor('city', null, { look: look('russian') })).toMatchObject({
      color: CONTROL_COLOURS.russian,
      fillColor: CONTROL_COLOURS.russian,
      fillOpacity: 0.4,
    });
  });

  it('fills a point (city point, facility) with the control colour and keeps its halo outline', () => {
    expect(styleFor('city', null, { point: true, look: look('ukrainian') })).toMatchObject({
      color: THEME.halo,
      fillColor: CONTROL_COLOURS.ukrainian,
      radius: 7,
    });
    expect(styleFor('facility', null, { point: true, look: look('contested') })).toMatchObject({
      color: THEME.halo,
      fillColor: CONTROL_COLOURS.contested,
    });
  });

  it('outlines a place with reported activity, dashes a claimed control, fades and dots a stale one', () => {
    const active = styleFor('city', null, { look: look('ukrainian', { active: true }) });
    expect(active).toMatchObject({
      color: ACTIVITY_OUTLINE.light,
      fillColor: CONTROL_COLOURS.ukrainian,
      weight: STYLE_RULES.city.style.weight + 1,
    });
    expect(active.dashArray).toBeUndefined();
    // Given as undefined, not left out: Leaflet's setStyle merges, and would keep a dash from the date before.
    expect(Object.hasOwn(active, 'dashArray')).toBe(true);
    expect(styleFor('city', null, { look: look('russian', { claimed: true }) }).dashArray).toBe('6 3');
    const stale = styleFor('city', null, { look: look('ukrainian', { stale: true }) });
    expect(stale).toMatchObject({ fillColor: CONTROL_COLOURS.ukrainian, dashArray: '2 4' });
    expect(stale.fillOpacity).toBeLessThan(styleFor('city', null, { look: look('ukrainian') }).fillOpacity!);
    expect(styleFor('facility', null, { point: true, look: look('ukrainian', { stale: true }) }).fillOpacity).toBeLessThan(1);
  });

  it('in compare mode, thickens the outline of a place that changed and fades one that did not, colours kept', () => {
    for (const [key, point] of [
      ['city', false],
      ['city', true],
      ['facility', true],
    ] as const) {
      const plain = styleFor(key, null, { point, look: look('russian', { active: true }) });
      const changed = styleFor(key, null, { point, look: look('russian', { active: true, compared: 'changed' }) });
      const unchanged = styleFor(key, null, { point, look: look('russian', { active: true, compared: 'unchanged' }) });
      expect(changed.weight, key).toBe(plain.weight + 2);
      expect([changed.color, changed.fillColor, unchanged.color, unchanged.fillColor]).toEqual([
        plain.color,
        plain.fillColor,
        plain.color,
        plain.fillColor,
      ]);
      expect(unchanged.opacity).toBeLessThan(plain.opacity);
      expect(unchanged.fillOpacity).toBeLessThan(plain.fillOpacity!);
    }
  });
});

describe('situation styles: no control, the selected outline, distinct colours, the legend', () => {
  it('uses the no-control colour for null (nothing reported yet) and the plain style for undefined', () => {
    expect(styleFor('city', null, { point: true, look: null }).fillColor).toBe(NO_CONTROL_COLOUR);
    expect(styleFor('city', null, { point: true, look: look(null) }).fillColor).toBe(NO_CONTROL_COLOUR);
    expect(styleFor('city', null, { point: true })).toEqual(STYLE_RULES.city.point);
  });

  it.each(['river', 'bridge', 'region'] as const)('ignores a situation for the %s layer', (key) => {
    expect(styleFor(key, null, { look: look('russian', { active: true }) })).toEqual(STYLE_RULES[key].style);
  });

  it('keeps the control fill when selected, with the selected outline, and changes no table', () => {
    const before = structuredClone({ STYLE_RULES, CONTROL_COLOURS });
    const style = styleFor('city', null, { look: look('contested', { active: true }), selected: true });
    expect(style).toMatchObject({ color: THEME.selected, fillColor: CONTROL_COLOURS.contested });
    expect({ STYLE_RULES, CONTROL_COLOURS }).toEqual(before);
  });

  it('gives every control a distinct colour, different from the no-control grey', () => {
    const colours = Object.values(CONTROL_COLOURS);
    expect(new Set([...colours, NO_CONTROL_COLOUR]).size).toBe(colours.length + 1);
  });

  it('legends the situation styles only when cities or facilities are shown: each control, none, activity, claimed, stale', () => {
    expect(statusLegendEntries(['river', 'bridge', 'region'])).toEqual([]);
    const entries = statusLegendEntries(['river', 'facility']);
    expect(entries.map((e) => e.key)).toEqual([...CONTROLS.map((c) => `control-${c}`), 'control-none', 'activity', 'claimed', 'stale']);
    expect(entries.slice(0, 3).map((e) => label(e.key))).toEqual(CONTROLS.map((c) => controlLabel(WORDS.en.t, c)));
    for (const c of CONTROLS) expect(entries.find((e) => e.key === `control-${c}`)!.style.fillColor).toBe(CONTROL_COLOURS[c]);
    expect(entries.find((e) => e.key === 'activity')!.style.color).toBe(ACTIVITY_OUTLINE.light);
    expect(label('stale')).toContain('more than 7 days before this date');
    expect(legendLabel(WORDS.uk.t, 'stale')).toContain('понад 7 днів до цієї дати');
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

  it('uses the dark control colours, the dark activity outline and the dark selected colour', () => {
    expect(styleFor('city', null, { look: look('contested'), theme: 'dark' })).toMatchObject({
      color: CONTROL_COLOURS_DARK.contested,
      fillColor: CONTROL_COLOURS_DARK.contested,
    });
    expect(styleFor('city', null, { look: look('russian', { active: true }), theme: 'dark' }).color).toBe(ACTIVITY_OUTLINE.dark);
    expect(styleFor('facility', null, { point: true, look: null, theme: 'dark' }).fillColor).toBe(NO_CONTROL_COLOUR_DARK);
    expect(styleFor('city', null, { look: look('ukrainian'), selected: true, theme: 'dark' }).color).toBe(THEME_DARK.selected);
    expect(styleFor('bridge', null, { point: true, selected: true, theme: 'dark' }).color).toBe(THEME_DARK.selected);
  });

  it('legends the dark colours', () => {
    const entries = statusLegendEntries(['city'], 'dark');
    for (const c of CONTROLS) expect(entries.find((e) => e.key === `control-${c}`)!.style.fillColor).toBe(CONTROL_COLOURS_DARK[c]);
    expect(entries.find((e) => e.key === 'control-none')!.style.fillColor).toBe(NO_CONTROL_COLOUR_DARK);
    const layers = legendEntries(['region', 'bridge'], 'dark');
    expect(layers.map((e) => e.style.color)).toEqual([THEME_DARK.region, THEME_DARK.halo, THEME_DARK.uncertainty]);
    expect(layers.at(-1)!.style).toEqual(uncertaintyStyle('dark'));
  });

  it('gives the offline base a dark fill and light lines', () => {
    expect(baseStyles('light').region).toBe(BASE_STYLE.region);
    expect(baseStyles('dark')).toMatchObject({ region: BASE_STYLE.regionDark, border: BASE_STYLE.borderDark, town: BASE_STYLE.townDark });
  });

  it('writes the map background, control and activity colours of both themes as CSS custom properties', () => {
    const css = mapColourCss();
    expect(css).toContain(`--map-bg: light-dark(${MAP_BACKGROUND.light}, ${MAP_BACKGROUND.dark})`);
    for (const c of CONTROLS) expect(css).toContain(`--control-${c}: light-dark(${CONTROL_COLOURS[c]}, ${CONTROL_COLOURS_DARK[c]});`);
    expect(css).toContain(`--control-none: light-dark(${NO_CONTROL_COLOUR}, ${NO_CONTROL_COLOUR_DARK});`);
    expect(css).toContain(`--activity: light-dark(${ACTIVITY_OUTLINE.light}, ${ACTIVITY_OUTLINE.dark})`);
  });
});
