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
 * The same roles for the dark theme: lighter strokes, so that lines and outlines stand out from the
 * dark base (tested, like the status colours), and a dark halo around points.
 */
export const THEME_DARK: Record<keyof typeof THEME, string> = {
  city: '#8ab4f8',
  cityFill: '#5b8fd1',
  facility: '#c39bdb',
  river: '#4aa3df',
  bridge: '#e07b2a',
  region: '#a3a8ae',
  selected: '#ff6b6b',
  uncertainty: '#c39bdb',
  halo: '#16181b',
};

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

/** The style table for a theme's colours: one rule per style key. */
function rulesFor(theme: Record<keyof typeof THEME, string>): Record<StyleKey, Rule> {
  return {
    region: {
      label: 'Region (oblast) boundary',
      shape: 'line',
      style: { color: theme.region, weight: 1.5, opacity: 0.8, dashArray: '6 4', fillColor: theme.region, fillOpacity: 0.02 },
    },
    city: {
      label: 'City (urban extent)',
      shape: 'polygon',
      style: { color: theme.city, weight: 2, opacity: 0.9, fillColor: theme.cityFill, fillOpacity: 0.25 },
      point: { color: theme.halo, weight: 2, opacity: 1, fillColor: theme.city, fillOpacity: 1, radius: 7 },
    },
    facility: {
      label: 'Industrial site',
      shape: 'point',
      style: { color: theme.halo, weight: 2, opacity: 1, fillColor: theme.facility, fillOpacity: 1, radius: 8 },
    },
    river: {
      label: 'River',
      shape: 'line',
      style: { color: theme.river, weight: 4, opacity: 0.85 },
    },
    bridge: {
      label: 'Bridge (destroyed 2022)',
      shape: 'point',
      style: { color: theme.halo, weight: 2, opacity: 1, fillColor: theme.bridge, fillOpacity: 1, radius: 6 },
    },
  };
}

/** The style table (light theme). */
export const STYLE_RULES: Record<StyleKey, Rule> = rulesFor(THEME);
/** The style table in the dark theme's colours. */
export const STYLE_RULES_DARK: Record<StyleKey, Rule> = rulesFor(THEME_DARK);

const uncertaintyIn = (colour: string): PathStyle => ({
  color: colour,
  weight: 1.5,
  opacity: 0.8,
  dashArray: '4 4',
  fillColor: colour,
  fillOpacity: 0.06,
});

/** The dashed circle drawn around a site whose position is approximate. */
export const UNCERTAINTY_STYLE: PathStyle = uncertaintyIn(THEME.uncertainty);
const UNCERTAINTY_STYLE_DARK: PathStyle = uncertaintyIn(THEME_DARK.uncertainty);

/** The uncertainty circle's style in a theme. */
export function uncertaintyStyle(theme: Theme = 'light'): PathStyle {
  return theme === 'dark' ? UNCERTAINTY_STYLE_DARK : UNCERTAINTY_STYLE;
}

/**
 * Path options for one feature.
 * @param key the layer's style key
 * @param props the feature's properties (unused keys are ignored)
 * @param options `point` for a Point geometry, `selected` when the place is selected, `status` for
 *   the status-styled layers, `theme` for the colours (default light)
 */
export function styleFor(
  key: StyleKey,
  _props: Pick<PlaceProperties, 'kind' | 'precision'> | null,
  options: { point?: boolean; selected?: boolean; status?: Status | null; theme?: Theme } = {},
): PathStyle {
  const rule = (options.theme === 'dark' ? STYLE_RULES_DARK : STYLE_RULES)[key];
  const selectedColour = options.theme === 'dark' ? THEME_DARK.selected : THEME.selected;
  let base: PathStyle = options.point ? (rule.point ?? rule.style) : rule.style;
  // `status: null` means "no status reported on the date"; undefined means "not status-styled".
  if (options.status !== undefined && STATUS_STYLED.includes(key)) {
    const fill = statusColour(options.status, options.theme);
    base = options.point ? { ...base, fillColor: fill } : { ...base, fillColor: fill, fillOpacity: 0.4, color: fill };
  }
  if (!options.selected) return { ...base };
  return options.point
    ? { ...base, color: selectedColour, weight: base.weight + 2 }
    : { ...base, color: selectedColour, weight: base.weight + 2, opacity: 1 };
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
export function legendEntries(keys: readonly StyleKey[], theme: Theme = 'light'): LegendEntry[] {
  const rules = theme === 'dark' ? STYLE_RULES_DARK : STYLE_RULES;
  const entries: LegendEntry[] = [...new Set(keys)].map((key) => ({
    key,
    label: rules[key].label,
    shape: rules[key].shape,
    style: rules[key].style,
  }));
  if (keys.some((k) => k === 'facility' || k === 'bridge')) {
    entries.push({ key: 'uncertainty', label: 'Approximate site (uncertainty radius)', shape: 'circle', style: uncertaintyStyle(theme) });
  }
  return entries;
}

/** Legend entries for the status colours of a theme (shown when a status-styled layer is visible). */
export function statusLegendEntries(keys: readonly StyleKey[], theme: Theme = 'light'): LegendEntry[] {
  if (!keys.some((k) => STATUS_STYLED.includes(k))) return [];
  const swatch = (colour: string): PathStyle => ({ color: colour, weight: 1, opacity: 1, fillColor: colour, fillOpacity: 0.85, radius: 6 });
  return [
    ...(Object.keys(STATUS_COLOURS) as Status[]).map((s) => ({
      key: `status-${s}` as const,
      label: STATUS_LABELS[s],
      shape: 'point' as const,
      style: swatch(statusColour(s, theme)),
    })),
    { key: 'status-none', label: 'No status reported yet', shape: 'point', style: swatch(statusColour(null, theme)) },
  ];
}

/** The offline base map (components/map/offline-base.tsx): quiet, never interactive. */
export const BASE_STYLE = {
  region: { color: '#7a7a7a', weight: 1, opacity: 0.9, fillColor: '#f4f1ea', fillOpacity: 0.55 },
  regionDark: { color: '#8a8f96', weight: 1, opacity: 0.9, fillColor: '#1f2327', fillOpacity: 0.6 },
  border: { color: '#555555', weight: 2.5, opacity: 0.9, dashArray: '10 4 2 4' },
  borderDark: { color: '#b0b5bb', weight: 2.5, opacity: 0.9, dashArray: '10 4 2 4' },
  river: { color: '#8cb8dd', weight: 2, opacity: 1 },
  town: { color: '#555555', weight: 1, opacity: 1, fillColor: '#555555', fillOpacity: 1 },
  townDark: { color: '#b0b5bb', weight: 1, opacity: 1, fillColor: '#b0b5bb', fillOpacity: 1 },
} as const satisfies Record<string, PathStyle>;

/** The offline base map's styles in a theme: a dark fill and light lines in the dark one. */
export function baseStyles(theme: Theme = 'light'): Record<'region' | 'border' | 'river' | 'town', PathStyle> {
  return theme === 'dark'
    ? { region: BASE_STYLE.regionDark, border: BASE_STYLE.borderDark, river: BASE_STYLE.river, town: BASE_STYLE.townDark }
    : { region: BASE_STYLE.region, border: BASE_STYLE.border, river: BASE_STYLE.river, town: BASE_STYLE.town };
}

/**
 * The colour of the base under the places: the region fill laid over the map background (the
 * places sit inside the regions). Status colours and lines are tested against it.
 */
export function baseBackdrop(theme: Theme = 'light'): string {
  const { fillColor, fillOpacity } = baseStyles(theme).region;
  return blend(fillColor!, MAP_BACKGROUND[theme], fillOpacity!);
}

/** `#rrggbb` of `colour` at `alpha` over `under` (plain sRGB compositing, as browsers do). */
export function blend(colour: string, under: string, alpha: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(colour, i) * alpha + channel(under, i) * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The map colours the stylesheet needs, as custom properties for both themes: the map background
 * (`--map-bg`) and the status colours (`--status-<status>`, `--status-none`), from this table so
 * that the page and the map cannot drift apart. Each is `light-dark(light, dark)`, resolved by the
 * page's `color-scheme` like every page colour (styles/tokens.css).
 */
export function mapColourCss(): string {
  const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;
  const vars = [
    `--map-bg: ${pair(MAP_BACKGROUND.light, MAP_BACKGROUND.dark)}`,
    ...(Object.keys(STATUS_COLOURS) as Status[]).map((s) => `--status-${s}: ${pair(statusColour(s, 'light'), statusColour(s, 'dark'))}`),
    `--status-none: ${pair(statusColour(null, 'light'), statusColour(null, 'dark'))}`,
  ];
  return `:root { ${vars.join('; ')}; }`;
}
