/**
 * The part of the map a reader can see when a bottom sheet covers the foot of the window, and how
 * far to pan to show a point there. Pure: pixel arithmetic, no Leaflet and no DOM.
 */

/** How much of the map container is out of sight at its top and its bottom, in pixels. */
export interface Insets {
  top: number;
  bottom: number;
}

/** No part of the map is hidden. */
export const NO_INSETS: Insets = { top: 0, bottom: 0 };

/**
 * The hidden parts of the map container: above the top of the window (the page is scrolled), and
 * below the top of whatever covers the window's bottom (a sheet).
 * @param container the container's top and bottom in window coordinates (getBoundingClientRect)
 * @param windowHeight the height of the window (innerHeight)
 * @param coveredBottom how many pixels at the bottom of the window are covered
 * @returns insets in container pixels, never more than the container's height together
 * @example hiddenInsets({ top: 48, bottom: 728 }, 844, 380) // { top: 0, bottom: 264 }
 */
export function hiddenInsets(container: { top: number; bottom: number }, windowHeight: number, coveredBottom: number): Insets {
  const height = Math.max(0, container.bottom - container.top);
  const top = Math.min(height, Math.max(0, -container.top));
  const visibleBottom = windowHeight - Math.max(0, coveredBottom);
  const bottom = Math.min(height - top, Math.max(0, container.bottom - visibleBottom));
  return { top, bottom };
}

/**
 * How far to pan the map (Leaflet's `panBy`: positive moves the content up and left) so that a
 * point hidden by the insets, or closer than `margin` to the edge of the visible part, comes to
 * the middle of the visible part. Each axis moves only if the point is out of bounds on it.
 * @param point the point in container pixels
 * @param size the container's width and height
 * @param insets the hidden parts (hiddenInsets)
 * @param margin distance to keep from the edges of the visible part
 * @returns the offset, or null when the point is already in view or nothing is visible
 * @example offsetToReveal([100, 500], [390, 680], { top: 0, bottom: 300 }, 24) // [0, 310]
 */
export function offsetToReveal(
  point: readonly [number, number],
  size: readonly [number, number],
  insets: Insets,
  margin = 24,
): [number, number] | null {
  const [x, y] = point;
  const [width, height] = size;
  const top = insets.top + margin;
  const bottom = height - insets.bottom - margin;
  if (bottom <= top || width <= 2 * margin) return null;
  const dx = x < margin || x > width - margin ? x - width / 2 : 0;
  const dy = y < top || y > bottom ? y - (top + bottom) / 2 : 0;
  return dx === 0 && dy === 0 ? null : [dx, dy];
}

/**
 * How far the middle of the visible part lies below the container's middle (negative: above), for
 * centring a place in what can be seen.
 */
export function visibleCentreOffset(insets: Insets): number {
  return (insets.top - insets.bottom) / 2;
}
