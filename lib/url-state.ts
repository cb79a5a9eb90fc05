/**
 * The URL's parameters, declared once in URL_PARAMETERS: the map's state (on the main page and
 * the embed) and the embed's own options. Each entry gives
 * the parameter's name, its doc line, its default, how it parses and how it serialises;
 * parseUrlState/serializeUrlState here and parseEmbedOptions/serializeEmbedOptions
 * (lib/embed-options.ts) are derived from it.
 *
 * Every parameter is optional. An unknown or malformed value is dropped (the default applies),
 * never an error and never echoed; serialising omits defaults.
 *
 * Parsed by hand, not with zod: this module is in the client bundles (the main page and the
 * embed), where zod would add about 90 KB gzip (zod/mini about 8 KB) to a module of under 2 KB.
 */

import { DEFAULT_LOCALE, type Locale, LOCALES } from './i18n';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';
import {
  type ParamSource,
  queryStringOf,
  readUrlParameters,
  type UrlParameter,
  type UrlParameterTable,
  urlParameterPairs,
} from './url-parameters';

export const MIN_ZOOM = 5;
export const MAX_ZOOM = 18;
/** The area the map may be centred on (south, west, north, east). */
export const MAP_BOUNDS = { south: 44, west: 30, north: 53, east: 45 } as const;

export interface UrlState {
  place?: string;
  layers?: string[];
  zoom?: number;
  center?: [lat: number, lng: number];
  tiles: boolean;
  /** A further base map's id (TILE_SOURCES, lib/tiles.ts); undefined: the configured tile server. `tiles: false` wins over it. */
  base?: string;
  /** YYYY-MM-DD; undefined means the default, the latest reporting date. */
  date?: string;
  /** Compare mode: the other date (YYYY-MM-DD) whose situation `date` is compared with (lib/compare.ts); undefined: off. */
  compare?: string;
  /** Story mode: the story's id (geo/stories/, lib/stories.ts) and the step shown, from 1 (unset: the first). */
  story?: string;
  step?: number;
}

/** The parameters of story mode: a picture (/image) refuses them, as it draws a view, not a story. */
export const STORY_FIELDS = ['story', 'step'] as const;

const EMBED_THEMES = ['light', 'dark', 'auto'] as const;

/** The embed's own options, on top of the map's state. */
export interface EmbedFlags {
  controls: boolean;
  panel: boolean;
  list: boolean;
  theme: (typeof EMBED_THEMES)[number];
  /** The interface's language (lib/i18n.ts); quotes stay in their own. */
  lang: Locale;
}

export interface KnownIds {
  /** The place ids, or a test of an id where they are not known yet (see PLAUSIBLE_PLACE_ID). */
  places: ReadonlySet<string> | readonly string[] | ((id: string) => boolean);
  layers: ReadonlySet<string> | readonly string[];
  /** The further base maps' ids (TILE_SOURCES); none where not given. */
  bases?: readonly string[];
  /** The dates `date` may take, inclusive (YYYY-MM-DD). */
  dateRange?: { min: string; max: string };
  /** Each story's number of steps, by id (none: no story is known, `story` is dropped). */
  stories?: Readonly<Record<string, number>>;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A test of a place id for a page that does not have the place ids yet (the map page reads its URL
 * before its data file is here): the form every id of geo/ has (lib/ids.ts). The page drops the
 * place once the data says it does not exist.
 */
export const isPlausiblePlaceId = (id: string): boolean => id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);

function isKnown(ids: KnownIds['places'], id: string): boolean {
  if (typeof ids === 'function') return ids(id);
  return ids instanceof Set ? ids.has(id) : (ids as readonly string[]).includes(id);
}

/** A `0`/`1` switch. */
function onOff(name: string, fallback: boolean, doc: string): UrlParameter<boolean> & { default: boolean } {
  return {
    name,
    doc,
    example: fallback ? '0' : '1',
    default: fallback,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    serialize: (on) => (on ? '1' : '0'),
  };
}

/** A date parameter's value: a real calendar date within the reporting period, else nothing. */
function inDateRange(raw: string, { dateRange }: KnownIds): string | undefined {
  return dateRange && isIsoDate(raw) && raw >= dateRange.min && raw <= dateRange.max ? raw : undefined;
}

/** The map's state: the main page's parameters, which the embed takes too. */
const MAP_STATE_PARAMETERS: UrlParameterTable<UrlState> = {
  place: {
    name: 'place',
    doc: 'selected place id; opens its pop-up',
    example: 'lysychansk',
    parse: (raw, known) => (raw !== '' && isKnown(known.places, raw) ? raw : undefined),
    serialize: (id) => id || undefined,
  },
  layers: {
    name: 'layers',
    doc: 'visible layers, comma-separated ids (default: all; empty: none)',
    example: 'cities,river',
    parse(raw, known) {
      const ids = [...new Set(raw.split(',').filter((id) => isKnown(known.layers, id)))];
      // `layers=` means every layer off; a list of only unknown ids is malformed: all stay on.
      return ids.length || raw === '' ? ids : undefined;
    },
    serialize: (ids, allLayers) => (allLayers.length && allLayers.every((id) => ids.includes(id)) ? undefined : ids.join(',')),
  },
  zoom: {
    name: 'z',
    doc: `zoom level, ${MIN_ZOOM}–${MAX_ZOOM}`,
    example: '11',
    parse(raw) {
      const zoom = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      return zoom >= MIN_ZOOM && zoom <= MAX_ZOOM ? zoom : undefined;
    },
    serialize: (zoom) => String(Math.round(zoom)),
  },
  center: {
    name: 'll',
    doc: 'map centre as `lat,lng`, within the map’s area',
    example: '48.92,38.43',
    parse(raw) {
      const match = raw.match(/^(-?\d{1,3}(?:\.\d{1,7})?),(-?\d{1,3}(?:\.\d{1,7})?)$/);
      if (!match) return undefined;
      const lat = Number(match[1]);
      const lng = Number(match[2]);
      const inArea = lat >= MAP_BOUNDS.south && lat <= MAP_BOUNDS.north && lng >= MAP_BOUNDS.west && lng <= MAP_BOUNDS.east;
      return inArea ? [lat, lng] : undefined;
    },
    serialize: ([lat, lng]) => `${lat.toFixed(5)},${lng.toFixed(5)}`,
  },
  tiles: {
    name: 'tiles',
    doc: '`0` turns third-party map tiles off (offline base only)',
    example: '0',
    default: true,
    // Only `0` turns them off: any other value leaves the default.
    parse: (raw) => (raw === '0' ? false : undefined),
    serialize: (on) => (on ? '1' : '0'),
  },
  base: {
    name: 'base',
    doc: 'the base map: the id of a further tile source the site lists (README "Tiles"; default: the configured tile server)',
    example: 'topo',
    // The ids are TILE_SOURCES' valid ones (lib/tiles.ts): no markup, nothing else echoed.
    parse: (raw, known) => (known.bases?.includes(raw) ? raw : undefined),
    serialize: (id) => id || undefined,
  },
  date: {
    name: 'date',
    doc: 'show the situation as reported on this day, within the reporting period (default: the latest report)',
    example: '2022-06-30',
    parse: inDateRange,
    serialize: (date) => date || undefined,
  },
  compare: {
    name: 'compare',
    doc: 'compare mode: the other date, within the reporting period; lists and marks every place whose control or activity differs between `date` and this day',
    example: '2022-07-01',
    parse: inDateRange,
    serialize: (date) => date || undefined,
  },
  story: {
    name: 'story',
    doc: 'story mode: the story to open (an id of geo/stories/); `step` gives the step',
    example: 'twin-cities-2022',
    parse: (raw, { stories }) => (stories && Object.hasOwn(stories, raw) ? raw : undefined),
    serialize: (id) => id || undefined,
  },
  step: {
    name: 'step',
    doc: 'story mode: the step to show, from 1 to the story’s number of steps (default 1; ignored without `story`)',
    example: '2',
    parse(raw) {
      const step = /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
      return step >= 1 ? step : undefined;
    },
    serialize: (step) => (step > 1 ? String(step) : undefined),
  },
};

/** The embed's own options (lib/embed-options.ts). */
const EMBED_PARAMETERS: UrlParameterTable<EmbedFlags> = {
  // The pure marks let bundlers drop this table where only the map's state is used (the embed's client).
  controls: /* @__PURE__ */ onOff('controls', true, 'zoom, layer switcher, scale and date stepper'),
  panel: /* @__PURE__ */ onOff('panel', true, '"All reporting" opens a panel inside the frame (`0`: it links to the full map)'),
  list: /* @__PURE__ */ onOff('list', false, 'the text list of places under the map'),
  theme: {
    name: 'theme',
    doc: '`light`, `dark` or `auto`, which follows the reader’s system setting',
    example: 'dark',
    default: 'light',
    parse: (raw) => EMBED_THEMES.find((theme) => theme === raw),
    serialize: (theme) => theme,
  },
  lang: {
    name: 'lang',
    doc: 'the language of the frame’s interface: `en` or `uk` (quotes stay in their original language)',
    example: 'uk',
    default: DEFAULT_LOCALE,
    parse: (raw) => LOCALES.find((locale) => locale === raw),
    serialize: (locale) => locale,
  },
};

/**
 * Every URL parameter: the map's state, then the embed's own options. parseUrlState and
 * serializeUrlState use the state's part directly, so that a bundle which only needs the map's
 * state (the embed's client) leaves the embed's part out.
 */
export const URL_PARAMETERS = { state: MAP_STATE_PARAMETERS, embed: EMBED_PARAMETERS } as const;

/** Reads the map's state from URL parameters (Next's `searchParams` or a URLSearchParams); ids not in `known` are dropped. */
export function parseUrlState(params: ParamSource, known: KnownIds): UrlState {
  const state = readUrlParameters(MAP_STATE_PARAMETERS, params, known);
  return withStoryStep(state, known);
}

/** A state whose step exists in its story: a step without a story, or past its last, is dropped (the first applies). */
function withStoryStep(state: UrlState, known: KnownIds): UrlState {
  if (state.step === undefined) return state;
  const count = state.story ? known.stories?.[state.story] : undefined;
  if (count !== undefined && state.step <= count) return state;
  const { step: _dropped, ...rest } = state;
  return rest;
}

/**
 * Writes the state as a query string (without "?"), omitting defaults, in a stable order.
 * @param allLayers every layer id, so that "all visible" is written as nothing
 */
export function serializeUrlState(state: UrlState, allLayers: readonly string[] = []): string {
  return queryStringOf(urlParameterPairs(MAP_STATE_PARAMETERS, state, allLayers));
}

/**
 * A page's URL with the state as its query (defaults left out), e.g. the full map's link from the embed.
 * @param base the page's URL without a query, e.g. https://map.example.org/
 */
export function urlWithState(base: string, state: UrlState, allLayers: readonly string[] = []): string {
  const qs = serializeUrlState(state, allLayers);
  return `${base}${qs ? `?${qs}` : ''}`;
}

/** The map page with a place selected: `/?place={id}`. */
export function mapPathOf(placeId: string): string {
  return urlWithState('/', { tiles: true, place: placeId });
}

/** A place's own page (app/places/[id]): its permanent address, and where the map's list links without JavaScript. */
export function placePagePath(id: string): string {
  return `/places/${encodeURIComponent(id)}`;
}
