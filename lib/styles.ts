/**
 * Style as data: one table maps a layer's style key (and a feature's properties) to path options,
 * and the legend is generated from the same table. Colours come from one theme object.
 * Plain objects compatible with Leaflet's PathOptions; no Leaflet import, so this runs anywhere.
 */
import type { Control, LayerEntry, PlaceProperties } from './schemas';

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
  // A site's fill is its control's colour; unstyled, it is the no-control grey.
  facility: '#6b6b6b',
  river: '#1f78b4',
  // Brown, not orange: orange outlines mean fighting or movement (ACTIVITY_OUTLINE).
  bridge: '#7a5230',
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
  facility: '#a6a6a6',
  river: '#4aa3df',
  bridge: '#d9a877',
  region: '#a3a8ae',
  selected: '#ff6b6b',
  uncertainty: '#c39bdb',
  halo: '#16181b',
};

/**
 * Control colours, the fill: blue for Ukrainian control, purple for contested, dark red for Russian
 * control, grey where no source here says. Each passes 3:1 contrast against the map (tested).
 */
export const CONTROL_COLOURS: Record<Control, string> = {
  ukrainian: '#1f5fa8',
  contested: '#7b3294',
  russian: '#67001f',
};

/** Places whose control no source here states by the chosen date. */
export const NO_CONTROL_COLOUR = '#6b6b6b';

/** The same scale for the dark theme: lighter, so each passes 3:1 against the dark map background. */
export const CONTROL_COLOURS_DARK: Record<Control, string> = {
  ukrainian: '#7fb2ff',
  contested: '#d9a6ff',
  russian: '#ff9ec0',
};
export const NO_CONTROL_COLOUR_DARK = '#a6a6a6';

/** The outline of a place where fighting or movement is reported (any activity), per theme. */
export const ACTIVITY_OUTLINE = { light: '#c05a00', dark: '#ffa24d' } as const;

/** The map backgrounds the control colours are drawn on (light theme, dark theme). */
export const MAP_BACKGROUND = { light: '#e8eef2', dark: '#2a2f35' } as const;
export type Theme = keyof typeof MAP_BACKGROUND;

/** The control colour for a theme (null: no control reported). */
export function controlColour(control: Control | null, theme: Theme = 'light'): string {
  if (theme === 'dark') return control ? CONTROL_COLOURS_DARK[control] : NO_CONTROL_COLOUR_DARK;
  return control ? CONTROL_COLOURS[control] : NO_CONTROL_COLOUR;
}

/** What the map shows of a place's situation on the chosen date (lib/situation.ts). */
export interface PlaceLook {
  /** The fill; null where no source here says who holds the place (or its report is out of date). */
  control: Control | null;
  /** The control shown rests on a claim only. */
  claimed: boolean;
  /** Fighting or movement reported (any activity). */
  active: boolean;
  /** Last reported more than STALE_AFTER_DAYS before the date, or superseded by its container's reporting. */
  stale: boolean;
  /** Compare mode (lib/compare.ts): the place's control or activity differs between the two dates, or not; unset: not comparing. */
  compared?: 'changed' | 'unchanged';
}

/**
 * Compare mode draws the places that changed with a thicker outline and fades the others, so the
 * colours keep their meaning (control, activity) and the change stands out by weight.
 */
export const COMPARE_LOOK = { changedExtraWeight: 2, unchangedOpacity: 0.3 } as const;

/** Layers whose places take their look from their situation on the chosen date. */
export const STATUS_STYLED: readonly StyleKey[] = ['city', 'facility'];

export interface Rule {
  /** Its words are the catalogue's `Legend.entry.<key>` (messages/*.json). */
  shape: 'polygon' | 'line' | 'point';
  style: PathStyle;
  point?: PathStyle;
}

/** The style table for a theme's colours: one rule per style key. */
function rulesFor(theme: Record<keyof typeof THEME, string>): Record<StyleKey, Rule> {
  return {
    region: {
      shape: 'line',
      style: { color: theme.region, weight: 1.5, opacity: 0.8, dashArray: '6 4', fillColor: theme.region, fillOpacity: 0.02 },
    },
    city: {
      shape: 'polygon',
      style: { color: theme.city, weight: 2, opacity: 0.9, fillColor: theme.cityFill, fillOpacity: 0.25 },
      point: { color: theme.halo, weight: 2, opacity: 1, fillColor: theme.city, fillOpacity: 1, radius: 7 },
    },
    facility: {
      shape: 'point',
      style: { color: theme.halo, weight: 2, opacity: 1, fillColor: theme.facility, fillOpacity: 1, radius: 8 },
    },
    river: {
      shape: 'line',
      style: { color: theme.river, weight: 4, opacity: 0.85 },
    },
    bridge: {
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

/** The fill, outline and dashes a situation gives a place's base style. */
function withLook(base: PathStyle, look: PlaceLook, point: boolean, theme: Theme): PathStyle {
  const fill = controlColour(look.control, theme);
  const styled: PathStyle = point
    ? { ...base, fillColor: fill, fillOpacity: look.stale ? 0.35 : 1 }
    : { ...base, fillColor: fill, fillOpacity: look.stale ? 0.12 : 0.4, color: fill };
  if (look.active) Object.assign(styled, { color: ACTIVITY_OUTLINE[theme], weight: base.weight + 1 });
  // Always set, to undefined where undashed: Leaflet's setStyle merges the new options into the old,
  // so a dash left out would stay from the date before (a place no longer stale still drawn so).
  styled.dashArray = look.claimed ? '6 3' : look.stale ? '2 4' : base.dashArray;
  if (look.compared === 'changed') styled.weight += COMPARE_LOOK.changedExtraWeight;
  if (look.compared === 'unchanged') {
    styled.opacity *= COMPARE_LOOK.unchangedOpacity;
    styled.fillOpacity = (styled.fillOpacity ?? 0) * COMPARE_LOOK.unchangedOpacity;
  }
  return styled;
}

/**
 * Path options for one feature.
 * @param key the layer's style key
 * @param props the feature's properties (unused keys are ignored)
 * @param options `point` for a Point geometry, `selected` when the place is selected, `look` for
 *   the situation-styled layers (null: nothing reported), `theme` for the colours (default light)
 */
export function styleFor(
  key: StyleKey,
  _props: Pick<PlaceProperties, 'kind' | 'precision'> | null,
  options: { point?: boolean; selected?: boolean; look?: PlaceLook | null; theme?: Theme } = {},
): PathStyle {
  const theme = options.theme ?? 'light';
  const rule = (theme === 'dark' ? STYLE_RULES_DARK : STYLE_RULES)[key];
  const selectedColour = theme === 'dark' ? THEME_DARK.selected : THEME.selected;
  let base: PathStyle = options.point ? (rule.point ?? rule.style) : rule.style;
  // `look: null` means "nothing reported on the date"; undefined means "not situation-styled".
  if (options.look !== undefined && STATUS_STYLED.includes(key)) {
    base = withLook(base, options.look ?? { control: null, claimed: false, active: false, stale: false }, Boolean(options.point), theme);
  }
  if (!options.selected) return { ...base };
  return options.point
    ? { ...base, color: selectedColour, weight: base.weight + 2 }
    : { ...base, color: selectedColour, weight: base.weight + 2, opacity: 1 };
}

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
 * The root's style in a map picture of both themes that is an SVG document of its own (the place
 * pages' small maps, shown as images, which take nothing from the page): light-dark() follows the
 * reader's colour scheme, and the labels are in the system's sans-serif, as on the pages, rather
 * than an image's default serif.
 */
export const PICTURE_DOCUMENT_STYLE = {
  colorScheme: 'light dark',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
} as const;

/**
 * The map colours the stylesheet needs, as custom properties for both themes: the map background
 * (`--map-bg`) and the control colours (`--control-<control>`, `--control-none`), from this table so
 * that the page and the map cannot drift apart. Each is `light-dark(light, dark)`, resolved by the
 * page's `color-scheme` like every page colour (styles/tokens.css).
 */
export function mapColourCss(): string {
  const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;
  const vars = [
    `--map-bg: ${pair(MAP_BACKGROUND.light, MAP_BACKGROUND.dark)}`,
    ...(Object.keys(CONTROL_COLOURS) as Control[]).map((c) => `--control-${c}: ${pair(controlColour(c, 'light'), controlColour(c, 'dark'))}`),
    `--control-none: ${pair(controlColour(null, 'light'), controlColour(null, 'dark'))}`,
    `--activity: ${pair(ACTIVITY_OUTLINE.light, ACTIVITY_OUTLINE.dark)}`,
  ];
  return `:root { ${vars.join('; ')}; }`;
}
