/**
 * What `/image` draws, read from its query: the map's state with the same parameters as the map's
 * URL (lib/url-state.ts), plus the picture's own: size, format and theme. Unlike the pages, which
 * drop a malformed value and open their default view, the image answers 400 naming the parameter:
 * whoever asks for a picture should learn that it is not the one they asked for. Unknown parameters
 * are refused too, so that a shared cache keeps one answer per picture. Pure.
 */
import { DEFAULT_LOCALE, type Locale, LOCALES } from './i18n';
import { type KnownIds, parseUrlState, STORY_FIELDS, serializeUrlState, URL_PARAMETERS, type UrlState } from './url-state';

/** Bounds of the picture's size in pixels, and the default: a social-media card. */
export const IMAGE_SIZE = {
  width: { min: 200, max: 2400, default: 1200 },
  height: { min: 150, max: 2400, default: 630 },
} as const;

export const IMAGE_FORMATS = ['png', 'svg'] as const;
export const IMAGE_THEMES = ['light', 'dark'] as const;

export interface ImageRequest {
  state: UrlState;
  width: number;
  height: number;
  format: (typeof IMAGE_FORMATS)[number];
  theme: (typeof IMAGE_THEMES)[number];
  /** The language of the picture's words (heading, date, legend, credits); place names and quotes as on the map. */
  lang: Locale;
}

/** The picture's own parameters when the query leaves them out (never written in a picture's address). */
const IMAGE_DEFAULTS: Omit<ImageRequest, 'state'> = {
  width: IMAGE_SIZE.width.default,
  height: IMAGE_SIZE.height.default,
  format: 'png',
  theme: 'light',
  lang: DEFAULT_LOCALE,
};

export type ImageRequestResult = { ok: true; request: ImageRequest } | { ok: false; message: string };

/** A whole number of pixels within the bounds, or undefined. */
function pixels(raw: string, { min, max }: { min: number; max: number }): number | undefined {
  if (!/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(raw: string, values: readonly T[]): T | undefined {
  return (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** The picture's own parameters: name, parser, and what it takes (for the error message). */
const OWN_PARAMETERS = {
  width: { parse: (raw: string) => pixels(raw, IMAGE_SIZE.width), takes: `pixels, ${IMAGE_SIZE.width.min}–${IMAGE_SIZE.width.max}` },
  height: { parse: (raw: string) => pixels(raw, IMAGE_SIZE.height), takes: `pixels, ${IMAGE_SIZE.height.min}–${IMAGE_SIZE.height.max}` },
  format: { parse: (raw: string) => oneOf(raw, IMAGE_FORMATS), takes: IMAGE_FORMATS.join(' or ') },
  theme: { parse: (raw: string) => oneOf(raw, IMAGE_THEMES), takes: IMAGE_THEMES.join(' or ') },
  lang: { parse: (raw: string) => oneOf(raw, LOCALES), takes: LOCALES.join(' or ') },
} as const;

/** The map's state but story mode: a picture draws a view (a step's date and view are in its URL too), not a story, so `story` is refused. */
const STATE_PARAMETERS = Object.entries(URL_PARAMETERS.state)
  .filter(([field]) => !(STORY_FIELDS as readonly string[]).includes(field))
  .map(([, parameter]) => parameter);

/** Every parameter `/image` takes, in the order the error message lists them. */
export const IMAGE_PARAMETER_NAMES: readonly string[] = [...STATE_PARAMETERS.map((p) => p.name), ...Object.keys(OWN_PARAMETERS)];

/**
 * The picture a query asks for, or what is wrong with the query (the message names parameters,
 * never echoes their values).
 * @param params the request's query
 * @param known the places, layers and dates the data has
 */
export function parseImageRequest(params: URLSearchParams, known: KnownIds): ImageRequestResult {
  const unknown = [...new Set(params.keys())].filter((name) => !IMAGE_PARAMETER_NAMES.includes(name));
  if (unknown.length) return { ok: false, message: `Unknown parameter. /image takes: ${IMAGE_PARAMETER_NAMES.join(', ')}.` };
  const repeated = IMAGE_PARAMETER_NAMES.find((name) => params.getAll(name).length > 1);
  if (repeated) return { ok: false, message: `"${repeated}" is given more than once.` };
  for (const p of STATE_PARAMETERS) {
    const raw = params.get(p.name);
    if (raw !== null && p.parse(raw, known) === undefined) return { ok: false, message: `"${p.name}" is not valid: ${p.doc}.` };
  }
  const own: Record<string, unknown> = {};
  for (const [name, { parse, takes }] of Object.entries(OWN_PARAMETERS)) {
    const raw = params.get(name);
    if (raw === null) continue;
    own[name] = parse(raw);
    if (own[name] === undefined) return { ok: false, message: `"${name}" is not valid: ${takes}.` };
  }
  return {
    ok: true,
    request: {
      // Every value is valid here: the map's own parser gives the state the map would open in.
      state: parseUrlState(params, known),
      ...IMAGE_DEFAULTS,
      ...(own as Partial<Omit<ImageRequest, 'state'>>),
    },
  };
}

/**
 * The address of a picture of a view: the view's state as the map writes it, then the picture's own
 * parameters where they differ from the defaults.
 * @example imagePathOf({ place: 'lysychansk', tiles: true }, [], { format: 'svg' }) // '/image?place=lysychansk&format=svg'
 */
export function imagePathOf(state: UrlState, allLayers: readonly string[], own: Partial<Omit<ImageRequest, 'state'>> = {}): string {
  // Tiles are never drawn in a picture: leave the switch out of its address.
  // The picture draws no tiles and no story panel: the base-map choice and the story are left out,
  // so that one picture has one address (a step's view is in its date, z and ll).
  const view = new URLSearchParams(serializeUrlState({ ...state, tiles: true, base: undefined, story: undefined, step: undefined }, allLayers));
  for (const [name, value] of Object.entries(own)) {
    if (value !== undefined && value !== IMAGE_DEFAULTS[name as keyof typeof IMAGE_DEFAULTS]) view.set(name, String(value));
  }
  const qs = view.toString().replace(/%2C/g, ',');
  return `/image${qs ? `?${qs}` : ''}`;
}
