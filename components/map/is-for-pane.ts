/**
 * Whether a pointer event at an element is meant for a layer in `pane`: not on a map control or
 * a pop-up, nor on anything in a pane stacked above it. A canvas that lets clicks through
 * (bulk-points-layer.ts) listens on the whole map container and asks this first, so that what
 * lies over its points keeps its clicks.
 * @param target the event's target
 * @param pane the layer's pane (undefined: the layer is not on a map; anything counts)
 */
export function isForPane(target: EventTarget | null, pane: HTMLElement | undefined): boolean {
  if (!(target instanceof Element) || target.closest('.leaflet-control-container')) return false;
  const targetPane = target.closest<HTMLElement>('.leaflet-pane:not(.leaflet-map-pane)');
  if (!targetPane || !pane || targetPane === pane) return true;
  return Number(getComputedStyle(targetPane).zIndex) < Number(getComputedStyle(pane).zIndex);
}
