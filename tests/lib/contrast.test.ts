import { describe, expect, it } from 'vitest';
import type { Control } from '@/lib/schemas';
import {
  ACTIVITY_OUTLINE,
  baseBackdrop,
  baseStyles,
  blend,
  CONTROL_COLOURS,
  controlColour,
  MAP_BACKGROUND,
  styleFor,
  uncertaintyStyle,
} from '@/lib/styles';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const statuses = [...(Object.keys(CONTROL_COLOURS) as Control[]), null];
const themes = ['light', 'dark'] as const;

describe('control colours (WCAG 1.4.11: 3:1 for graphical objects)', () => {
  it('the contrast helper matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  for (const theme of themes) {
    it.each(statuses)(`%s stands out against the ${theme} map background`, (status) => {
      expect(contrast(controlColour(status, theme), MAP_BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
    });

    // The places lie inside the regions of the offline base, whose fill covers the background.
    it.each(statuses)(`%s stands out against the ${theme} offline base`, (status) => {
      expect(contrast(controlColour(status, theme), baseBackdrop(theme))).toBeGreaterThanOrEqual(3);
    });
  }

  it('every control has its own colour in each theme, and the activity outline another', () => {
    for (const theme of themes) {
      const colours = [...statuses.map((s) => controlColour(s, theme)), ACTIVITY_OUTLINE[theme]];
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});

describe('lines and outlines that carry meaning stand out from the base (3:1)', () => {
  for (const theme of themes) {
    const lines: Record<string, string> = {
      'region boundary': styleFor('region', null, { theme }).color,
      river: styleFor('river', null, { theme }).color,
      'selected place': styleFor('city', null, { selected: true, theme }).color,
      'bridge fill': styleFor('bridge', null, { point: true, theme }).fillColor!,
      'uncertainty circle': uncertaintyStyle(theme).color,
      'activity outline': ACTIVITY_OUTLINE[theme],
      'state border': baseStyles(theme).border.color,
    };
    it.each(Object.entries(lines))(`%s in the ${theme} theme`, (_, colour) => {
      expect(contrast(colour, baseBackdrop(theme))).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('blend', () => {
  it('lays a colour over another with its opacity', () => {
    expect(blend('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(blend('#123456', '#abcdef', 1)).toBe('#123456');
    expect(blend('#123456', '#abcdef', 0)).toBe('#abcdef');
    // The dark base: #1f2327 at 0.6 over #2a2f35.
    expect(blend('#1f2327', '#2a2f35', 0.6)).toBe('#23282d');
  });

  it('makes the dark base darker than the dark map background, the light one lighter than the light', () => {
    expect(luminance(baseBackdrop('dark'))).toBeLessThan(luminance(MAP_BACKGROUND.dark));
    expect(luminance(baseBackdrop('light'))).toBeGreaterThan(luminance(MAP_BACKGROUND.light));
  });
});
