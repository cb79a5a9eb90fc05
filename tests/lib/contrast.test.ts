import { describe, expect, it } from 'vitest';
import type { Status } from '@/lib/schemas';
import { MAP_BACKGROUND, statusColour, STATUS_COLOURS } from '@/lib/styles';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const statuses = [...(Object.keys(STATUS_COLOURS) as Status[]), null];

describe('status colours (WCAG 1.4.11: 3:1 for graphical objects)', () => {
  it('the contrast helper matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(statuses)(`%s stands out against the ${theme} map background`, (status) => {
      expect(contrast(statusColour(status, theme), MAP_BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
    });
  }

  it('every status has its own colour in each theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = statuses.map((s) => statusColour(s, theme));
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});
