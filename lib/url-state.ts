/**
 * The map's state in the URL, declared once. Every parameter is optional; an unknown or malformed
 * value is dropped (the default applies), never an error.
 *
 * | parameter | meaning | example |
 * |---|---|---|
 * | `place`  | selected place id; opens its pop-up | `place=lysychansk` |
 * | `layers` | visible layers, comma-separated ids (default: all) | `layers=cities,river` |
 * | `z`      | zoom level, 5–18 | `z=11` |
 * | `ll`     | map centre as `lat,lng`, within the map's area | `ll=48.92,38.43` |
 * | `tiles`  | `0` turns third-party map tiles off (offline base only) | `tiles=0` |
 * | `date`   | show the situation as reported on this day, within the reporting period (default: the latest report) | `date=2022-06-30` |
 */

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
  /** YYYY-MM-DD; undefined means the default, the latest reporting date. */
  date?: string;
}

export interface KnownIds {
  places: ReadonlySet<string> | readonly string[];
  layers: ReadonlySet<string> | readonly string[];
  /** The dates `date` may take, inclusive (YYYY-MM-DD). */
  dateRange?: { min: string; max: string };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: ParamSource, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.length <= 200 ? s : undefined;
}

const has = (set: KnownIds['places'], id: string) => (set instanceof Set ? set.has(id) : (set as readonly string[]).includes(id));

/**
 * Reads the state from URL parameters (Next's `searchParams` object or a URLSearchParams).
 * @param known the ids that exist; other ids are ignored
 */
export function parseUrlState(params: ParamSource, known: KnownIds): UrlState {
  const state: UrlState = { tiles: first(params, 'tiles') !== '0' };
  const place = first(params, 'place');
  if (place && has(known.places, place)) state.place = place;

  const layers = first(params, 'layers');
  if (layers !== undefined) {
    const ids = [...new Set(layers.split(',').filter((id) => has(known.layers, id)))];
    // `layers=` means every layer off; a list of only unknown ids is malformed: all stay on.
    if (ids.length || layers === '') state.layers = ids;
  }

  const z = first(params, 'z');
  if (z && /^\d{1,2}$/.test(z)) {
    const zoom = Number(z);
    if (zoom >= MIN_ZOOM && zoom <= MAX_ZOOM) state.zoom = zoom;
  }

  const ll = first(params, 'll');
  const m = ll?.match(/^(-?\d{1,3}(?:\.\d{1,7})?),(-?\d{1,3}(?:\.\d{1,7})?)$/);
  if (m) {
    const lat = Number(m[1]);
    const lng = Number(m[2]);
    if (lat >= MAP_BOUNDS.south && lat <= MAP_BOUNDS.north && lng >= MAP_BOUNDS.west && lng <= MAP_BOUNDS.east) {
      state.center = [lat, lng];
    }
  }

  const date = first(params, 'date');
  if (date && known.dateRange && isIsoDate(date) && date >= known.dateRange.min && date <= known.dateRange.max) state.date = date;
  return state;
}

/**
 * Writes the state as a query string (without "?"), omitting defaults, in a stable order.
 * @param allLayers every layer id, so that "all visible" is written as nothing
 */
export function serializeUrlState(state: UrlState, allLayers: readonly string[] = []): string {
  const p = new URLSearchParams();
  if (state.place) p.set('place', state.place);
  if (state.layers && !(allLayers.length && allLayers.every((id) => state.layers!.includes(id)))) {
    p.set('layers', state.layers.join(','));
  }
  if (state.zoom !== undefined) p.set('z', String(Math.round(state.zoom)));
  if (state.center) p.set('ll', `${state.center[0].toFixed(5)},${state.center[1].toFixed(5)}`);
  if (!state.tiles) p.set('tiles', '0');
  if (state.date) p.set('date', state.date);
  return p.toString().replace(/%2C/g, ',');
}
