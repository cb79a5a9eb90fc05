/** The map's first view for a state. Pure; used by the map view in both front ends. */
import { type EmbedData, shapeOf } from './bulk-points';
import { FIRST_VIEW } from './map-settings';
import { anchorOf, boundsOf } from './place-geometry';
import type { UrlState } from './url-state';

export type FirstView = { center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };

/**
 * The view the URL sets; else the selected place (a point at zoom 12, a shape fitted); else the
 * twin cities and Bakhmut together.
 */
export function firstView(data: Pick<EmbedData, 'places' | 'layers'>, state: Pick<UrlState, 'zoom' | 'center' | 'place'>): FirstView {
  if (state.zoom !== undefined && state.center) return { center: state.center, zoom: state.zoom };
  const place = state.place ? shapeOf(data, state.place) : undefined;
  if (place?.geometry.type === 'Point') return { center: anchorOf(place), zoom: 12 };
  const geometries = place ? [place.geometry] : FIRST_VIEW.map((id) => shapeOf(data, id)?.geometry).filter((g) => g !== undefined);
  return { bounds: boundsOf(geometries) };
}
