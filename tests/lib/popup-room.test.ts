import { describe, expect, it } from 'vitest';
import { type Box, popupRoom } from '@/lib/popup-room';

// Measured on the map at 1280x800: the map, the zoom buttons, the layers control, the open legend.
const wide = { width: 940, height: 665 };
const zoom: Box = { left: 10, top: 10, right: 44, bottom: 83 };
const layers: Box = { left: 761, top: 10, right: 930, bottom: 129 };
const legend: Box = { left: 10, top: 325, right: 270, bottom: 642 };
const popup = { width: 407, height: 528 };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** The free rectangle a room leaves, in container pixels. */
const freeBox = (size: { width: number; height: number }, r: NonNullable<ReturnType<typeof popupRoom>>): Box => ({
  left: r.topLeft[0],
  top: r.topLeft[1],
  right: size.width - r.bottomRight[0],
  bottom: size.height - r.bottomRight[1],
});

describe('popupRoom', () => {
  it('with no controls, keeps only the margin', () => {
    expect(popupRoom(wide, popup, [])).toEqual({ topLeft: [8, 8], bottomRight: [8, 8], width: 924, height: 649 });
  });

  it('clears the legend and the layers control from the sides on a wide map: the pop-up fits whole', () => {
    const room = popupRoom(wide, popup, [zoom, layers, legend])!;
    expect(room.width).toBeGreaterThanOrEqual(popup.width);
    expect(room.height).toBeGreaterThanOrEqual(popup.height);
    for (const box of [zoom, layers, legend]) expect(overlaps(freeBox(wide, room), box)).toBe(false);
  });

  it('on a narrow map, gives up height rather than width, and still clears every control', () => {
    const narrow = { width: 540, height: 638 };
    const narrowLayers: Box = { left: 361, top: 10, right: 530, bottom: 129 };
    const collapsedLegend: Box = { left: 10, top: 584, right: 90, bottom: 614 };
    const room = popupRoom(narrow, popup, [zoom, narrowLayers, collapsedLegend])!;
    expect(room.width).toBeGreaterThanOrEqual(popup.width);
    expect(room.height).toBeLessThan(popup.height);
    expect(room.height).toBeGreaterThan(400);
    for (const box of [zoom, narrowLayers, collapsedLegend]) expect(overlaps(freeBox(narrow, room), box)).toBe(false);
  });

  it('is null when no choice of sides leaves room as wide as the pop-up', () => {
    expect(popupRoom({ width: 300, height: 600 }, popup, [])).toBeNull();
  });

  it('ignores controls of no size (hidden)', () => {
    expect(popupRoom(wide, popup, [{ left: 0, top: 0, right: 0, bottom: 0 }])).toEqual(popupRoom(wide, popup, []));
  });
});
