/**
 * What a prop change of the react-leaflet bulk point component (components/map/bulk-points.tsx)
 * asks of its Leaflet layer. Kept apart, without React or Leaflet, so that the rule is tested in
 * node: only a new selection or a new `styleKey` draws; a new handler or style function (a fresh
 * closure each render) draws nothing, so a parent that re-renders on every `pointclick` cannot
 * start a loop of draws.
 */

/** The props that decide when the layer draws again. */
export interface BulkPointsDrawProps {
  /** The selected point's index, -1 for none. */
  selected: number;
  /** Changes when the styles must be computed again (the date, the theme). */
  styleKey: unknown;
}

export interface BulkPointsCalls {
  /** Call `setSelected` with this index; absent when the selection is unchanged. */
  setSelected?: number;
  /** Call `restyle` (the styles changed). */
  restyle: boolean;
}

/**
 * The layer calls a prop change needs.
 * @param prev the props the layer was last updated with
 * @param next the new props
 * @returns which of `setSelected` and `restyle` to call; neither when only handlers changed
 * @example bulkPointsCalls({ selected: -1, styleKey: 'a' }, { selected: 4, styleKey: 'a' }) // { setSelected: 4, restyle: false }
 */
export function bulkPointsCalls(prev: BulkPointsDrawProps, next: BulkPointsDrawProps): BulkPointsCalls {
  const calls: BulkPointsCalls = { restyle: !Object.is(prev.styleKey, next.styleKey) };
  if (prev.selected !== next.selected) calls.setSelected = next.selected;
  return calls;
}
