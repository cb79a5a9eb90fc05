/** Settings shared by the main map and the embed (both draw the same map). */
import type { StyleKey } from './styles';

/** The places the first view frames. */
export const FIRST_VIEW = ['lysychansk', 'severodonetsk', 'bakhmut'] as const;

/** A transparent pixel shown instead of a tile that failed to load (no broken-image icons). */
export const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Drawing order of the data layers, bottom to top (Leaflet pane z-indexes); the base sits at 250. */
export const PANE_Z: Record<StyleKey, number> = { region: 405, city: 410, river: 415, bridge: 420, facility: 425 };
export const BASE_PANE_Z = 250;
/**
 * The base map's names: over its own drawing, whose region fill (55 % opaque) washed out every name
 * under it, and under the data. Leaflet gives a pane's SVG z-index 200 and each marker its y as
 * z-index, so in one pane the names above y = 200 were over the fill and the rest under it.
 */
export const BASE_LABELS_PANE_Z = 260;

/** Label ranks of the base map shown at a zoom level: country and big-city labels first, villages last. */
export function maxRankAt(zoom: number): number {
  return zoom >= 10 ? 3 : zoom >= 8 ? 2 : 1;
}
