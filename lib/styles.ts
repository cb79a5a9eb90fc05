/**
 * Style as data: one table maps a layer's style key (and a feature's properties) to path options,
 * and the legend is generated from the same table. Colours come from one theme object.
 * Plain objects compatible with Leaflet's PathOptions; no Leaflet import, so this runs anywhere.
 */
import type { LayerEntry, PlaceProperties, Status } from './schemas';
import { STATUS_LABELS } from './vocabulary';

export type StyleKey = LayerEntry['style'];

export interface PathStyle {
  color: string;
  weight: number;
  opacity: number;
  fillColor?: string;
  fillOpacity?: number;
  dashArray?: string;
  /** Radius in pixels for point features drawn as circle markers. */
  radius?: number;
}

export const THEME = {
  city: '#1d4f91',
  cityFill: '#5b8fd1',
  facility: '#6a2c91',
  river: '#1f78b4',
  bridge: '#b35806',
  region: '#4d4d4d',
  selected: '#d7191c',
  uncertainty: '#6a2c91',
  halo: '#ffffff',
} as const;

/**
 * Status colours: blue for Ukrainian-held, warm for fighting, dark red for Russian presence
 * and control. Each passes 3:1 contrast against the light map background (tested).
 */
export const STATUS_COLOURS: Record<Status, string> = {
  'ukrainian-held': '#1f5fa8',
  'under-attack': '#c05a00',
  'russian-advancing': '#b8420f',
  'ukrainian-withdrawing': '#8c5a00',
  'russian-troops-inside': '#b2182b',
  'under-russian-control': '#67001f',
};

/** Places with no status reported on the chosen date. */
export const NO_STATUS_COLOUR = '#6b6b6b';

/** The same scale for the dark theme: lighter, so each passes 3:1 against the dark map background. */
export const STATUS_COLOURS_DARK: Record<Status, string> = {
  'ukrainian-held': '#7fb2ff',
  'under-attack': '#ffa24d',
  'russian-advancing': '#ff8a5c',
  'ukrainian-withdrawing': '#e5b84c',
  'russian-troops-inside': '#ff6b7d',
  'under-russian-control': '#ff9ec0',
};
export const NO_STATUS_COLOUR_DARK = '#a6a6a6';

/** The map backgrounds the status colours are drawn on (light theme, dark theme). */
export const MAP_BACKGROUND = { light: '#e8eef2', dark: '#2a2f35' } as const;
export type Theme = keyof typeof MAP_BACKGROUND;

/** The status colour for a theme (null: no status reported). */
export function statusColour(status: Status | null, theme: Theme = 'light'): string {
  if (theme === 'dark') return status ? STATUS_COLOURS_DARK[status] : NO_STATUS_COLOUR_DARK;
  return status ? STATUS_COLOURS[status] : NO_STATUS_COLOUR;
}

/** Layers whose places take their fill from their status on the chosen date. */
export const STATUS_STYLED: readonly StyleKey[] = ['city', 'facility'];

interface Rule {
  label: string;
  shape: 'polygon' | 'line' | 'point';
  style: PathStyle;
  point?: PathStyle;
}

/** The style table: one rule per style key. */
export const STYLE_RULES: Record<StyleKey, Rule> = {
  region: {
    label: 'Region (oblast) boundary',
    shape: 'line',
    style: { color: THEME.region, weight: 1.5, opacity: 0.8, dashArray: '6 4', fillColor: THEME.region, fillOpacity: 0.02 },
  },
  city: {
    label: 'City (urban extent)',
    shape: 'polygon',
    style: { color: THEME.city, weight: 2, opacity: 0.9, fillColor: THEME.cityFill, fillOpacity: 0.25 },
    point: { color: THEME.halo, weight: 2, opacity: 1, fillColor: THEME.city, fillOpacity: 1, radius: 7 },
  },
  facility: {
    label: 'Industrial site',
    shape: 'point',
    style: { color: THEME.halo, weight: 2, opacity: 1, fillColor: THEME.facility, fillOpacity: 1, radius: 8 },
  },
  river: {
    label: 'River',
    shape: 'line',
    style: { color: THEME.river, weight: 4, opacity: 0.85 },
  },
  bridge: {
    label: 'Bridge (destroyed 2022)',
    shape: 'point',
    style: { color: THEME.halo, weight: 2, opacity: 1, fillColor: THEME.bridge, fillOpacity: 1, radius: 6 },
  },
};

/** The dashed circle drawn around a site whose position is approximate. */
export const UNCERTAINTY_STYLE: PathStyle = {
  color: THEME.uncertainty,
  weight: 1.5,
  opacity: 0.8,
  dashArray: '4 4',
  fillColor: THEME.uncertainty,
  fillOpacity: 0.06,
};

/**
 * Path options for one feature.
 * @param key the layer's style key
 * @param props the feature's properties (unused keys are ignored)
 * @param options `point` for a Point geometry, `selected` when the place is selected
 */
export function styleFor(
  key: StyleKey,
  _props: Pick<PlaceProperties, 'kind' | 'precision'> | null,
  options: { point?: boolean; selected?: boolean; status?: Status | null; theme?: Theme } = {},
): PathStyle {
  const rule = STYLE_RULES[key];
  let base: PathStyle = options.point ? rule.point ?? rule.style : rule.style;
  // `status: null` means "no status reported on the date"; undefined means "not status-styled".
  if (options.status !== undefined && STATUS_STYLED.includes(key)) {
    const fill = statusColour(options.status, options.theme);
    base = options.point ? { ...base, fillColor: fill } : { ...base, fillColor: fill, fillOpacity: 0.4, color: fill };
  }
  if (!options.selected) return { ...base };
  return options.point
    ? { ...base, color: THEME.selected, weight: base.weight + 2 }
    : { ...base, color: THEME.selected, weight: base.weight + 2, opacity: 1 };
}

export interface LegendEntry {
  key: StyleKey | 'uncertainty' | `status-${Status}` | 'status-none';
  label: string;
  shape: Rule['shape'] | 'circle';
  style: PathStyle;
}

/**
 * Legend entries, generated from the style table, for the given layers in their order.
 * @param keys the style keys of the visible layers
 */
export function legendEntries(keys: readonly StyleKey[]): LegendEntry[] {
  const entries: LegendEntry[] = [...new Set(keys)].map((key) => ({ key, label: STYLE_RULES[key].label, shape: STYLE_RULES[key].shape, style: STYLE_RULES[key].style }));
  if (keys.some((k) => k === 'facility' || k === 'bridge')) {
    entries.push({ key: 'uncertainty', label: 'Approximate site (uncertainty radius)', shape: 'circle', style: UNCERTAINTY_STYLE });
  }
  return entries;
}

/** Legend entries for the status colours (shown when a status-styled layer is visible). */
export function statusLegendEntries(keys: readonly StyleKey[]): LegendEntry[] {
  if (!keys.some((k) => STATUS_STYLED.includes(k))) return [];
  const swatch = (colour: string): PathStyle => ({ color: colour, weight: 1, opacity: 1, fillColor: colour, fillOpacity: 0.85, radius: 6 });
  return [
    ...(Object.keys(STATUS_COLOURS) as Status[]).map((s) => ({ key: `status-${s}` as const, label: STATUS_LABELS[s], shape: 'point' as const, style: swatch(STATUS_COLOURS[s]) })),
    { key: 'status-none', label: 'No status reported yet', shape: 'point', style: swatch(NO_STATUS_COLOUR) },
  ];
}

/** The offline base map (components/map/offline-base.tsx): quiet, never interactive. */
export const BASE_STYLE = {
  region: { color: '#7a7a7a', weight: 1, opacity: 0.9, fillColor: '#f4f1ea', fillOpacity: 0.55 },
  regionDark: { color: '#8a8f96', weight: 1, opacity: 0.9, fillColor: '#1f2327', fillOpacity: 0.6 },
  border: { color: '#555555', weight: 2.5, opacity: 0.9, dashArray: '10 4 2 4' },
  river: { color: '#8cb8dd', weight: 2, opacity: 1 },
  town: { color: '#555555', weight: 1, opacity: 1, fillColor: '#555555', fillOpacity: 1 },
} as const satisfies Record<string, PathStyle>;
