import { describe, expect, it } from 'vitest';
import { hiddenInsets, NO_INSETS, offsetToReveal, visibleCentreOffset } from '@/lib/visible-area';

describe('hiddenInsets', () => {
  it('is nothing when the container is in the window and nothing covers it', () => {
    expect(hiddenInsets({ top: 48, bottom: 728 }, 844, 0)).toEqual(NO_INSETS);
  });

  it('hides what lies behind a sheet at the bottom of the window', () => {
    // A phone 844 px tall, the map from 48 to 728, a sheet 380 px tall: its top at 464.
    expect(hiddenInsets({ top: 48, bottom: 728 }, 844, 380)).toEqual({ top: 0, bottom: 264 });
    // A sheet lower than the map's bottom hides none of it.
    expect(hiddenInsets({ top: 48, bottom: 400 }, 844, 380)).toEqual({ top: 0, bottom: 0 });
  });

  it('hides what is scrolled above the window', () => {
    expect(hiddenInsets({ top: -100, bottom: 580 }, 844, 380)).toEqual({ top: 100, bottom: 116 });
  });

  it('never hides more than the whole container', () => {
    // Scrolled far down: the map is above the window.
    expect(hiddenInsets({ top: -900, bottom: -220 }, 844, 380)).toEqual({ top: 680, bottom: 0 });
    // The sheet covers all of it.
    expect(hiddenInsets({ top: 500, bottom: 700 }, 844, 400)).toEqual({ top: 0, bottom: 200 });
    expect(hiddenInsets({ top: 0, bottom: 0 }, 844, 400)).toEqual({ top: 0, bottom: 0 });
  });
});

describe('offsetToReveal', () => {
  const size = [390, 680] as const;
  const sheet = { top: 0, bottom: 300 };

  it('leaves a point in view alone', () => {
    expect(offsetToReveal([195, 200], size, sheet)).toBeNull();
    expect(offsetToReveal([195, 600], size, NO_INSETS)).toBeNull();
  });

  it('brings a point hidden by the sheet to the middle of what is visible, moving only that axis', () => {
    // Visible with the margin: 24 to 356; its middle 190.
    expect(offsetToReveal([100, 500], size, sheet, 24)).toEqual([0, 310]);
    // Just inside the margin counts as hidden.
    expect(offsetToReveal([100, 360], size, sheet, 24)).toEqual([0, 170]);
    expect(offsetToReveal([100, 350], size, sheet, 24)).toBeNull();
  });

  it('moves a point off the sides, or above the visible part, too', () => {
    expect(offsetToReveal([-40, 100], size, sheet, 24)).toEqual([-235, 0]);
    expect(offsetToReveal([420, 10], size, sheet, 24)).toEqual([225, -180]);
    // Visible: 124 to 456, middle 290.
    expect(offsetToReveal([195, 50], size, { top: 100, bottom: 200 }, 24)).toEqual([0, -240]);
  });

  it('gives up when too little of the map is visible', () => {
    expect(offsetToReveal([195, 600], size, { top: 0, bottom: 650 }, 24)).toBeNull();
    expect(offsetToReveal([10, 10], [40, 680], NO_INSETS, 24)).toBeNull();
  });

  it('reveals the point: after panning by the offset it lies in the visible part', () => {
    for (const point of [
      [100, 500],
      [-40, 100],
      [420, 690],
      [195, 5],
    ] as const) {
      const offset = offsetToReveal(point, size, sheet, 24)!;
      const [x, y] = [point[0] - offset[0], point[1] - offset[1]];
      expect(x).toBeGreaterThanOrEqual(24);
      expect(x).toBeLessThanOrEqual(390 - 24);
      expect(y).toBeGreaterThanOrEqual(24);
      expect(y).toBeLessThanOrEqual(680 - 300 - 24);
    }
  });
});

describe('visibleCentreOffset', () => {
  it('is half the difference of the insets', () => {
    expect(visibleCentreOffset(NO_INSETS)).toBe(0);
    expect(visibleCentreOffset({ top: 0, bottom: 300 })).toBe(-150);
    expect(visibleCentreOffset({ top: 100, bottom: 0 })).toBe(50);
  });
});
