/**
 * Where a map pop-up may go so that it covers none of the map's controls (zoom buttons, layers
 * control, legend): as Leaflet's auto-pan padding, which keeps a pop-up inside one rectangle. Each
 * control sits against the map's edges, so it is cleared by moving one side of that rectangle past
 * it; this tries every choice of side for every control. Pure: pixel arithmetic, no DOM.
 */

/** A box in map-container pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the pop-up may go: Leaflet's `autoPanPaddingTopLeft`/`BottomRight`, and its room. */
export interface PopupRoom {
  topLeft: [number, number];
  bottomRight: [number, number];
  /** The free rectangle's width and height. */
  width: number;
  height: number;
}

type Side = 'left' | 'top' | 'right' | 'bottom';
const SIDES: readonly Side[] = ['left', 'top', 'right', 'bottom'];

/** How far in from `side` the free rectangle must start to leave `box` out of it. */
function clearance(box: Box, side: Side, size: { width: number; height: number }): number {
  if (side === 'left') return box.right;
  if (side === 'top') return box.bottom;
  if (side === 'right') return size.width - box.left;
  return size.height - box.top;
}

/**
 * The padding that keeps a pop-up clear of the map's controls, choosing for each control the side
 * that leaves the most room: first a rectangle the pop-up fits in whole, else the one where the
 * least of it has to scroll. Controls of no size (hidden) are ignored.
 * @param size the map container's width and height
 * @param popup the pop-up's natural width and height (its tip included)
 * @param controls the controls' boxes in container pixels
 * @param options `margin` between the pop-up and a control or the map's edge (default 8)
 * @returns the padding and the room it leaves, or null when no choice leaves room as wide as the pop-up
 * @example popupRoom({ width: 940, height: 665 }, { width: 407, height: 528 }, [{ left: 10, top: 325, right: 270, bottom: 642 }])
 * // { topLeft: [278, 8], bottomRight: [8, 8], width: 654, height: 649 }
 */
export function popupRoom(
  size: { width: number; height: number },
  popup: { width: number; height: number },
  controls: readonly Box[],
  options: { margin?: number } = {},
): PopupRoom | null {
  const margin = options.margin ?? 8;
  const boxes = controls.filter((b) => b.right > b.left && b.bottom > b.top);
  let best: (PopupRoom & { score: number }) | null = null;
  for (let choice = 0; choice < SIDES.length ** boxes.length; choice++) {
    const inset: Record<Side, number> = { left: margin, top: margin, right: margin, bottom: margin };
    let rest = choice;
    for (const box of boxes) {
      const side = SIDES[rest % SIDES.length]!;
      rest = Math.floor(rest / SIDES.length);
      inset[side] = Math.max(inset[side], clearance(box, side, size) + margin);
    }
    const width = size.width - inset.left - inset.right;
    const height = size.height - inset.top - inset.bottom;
    if (width < popup.width || height <= 0) continue;
    // The most of the pop-up shown without scrolling; then the most room to spare.
    const score = Math.min(height, popup.height) * 1e6 + width * height;
    if (!best || score > best.score) best = { topLeft: [inset.left, inset.top], bottomRight: [inset.right, inset.bottom], width, height, score };
  }
  if (!best) return null;
  const { score: _score, ...room } = best;
  return room;
}
