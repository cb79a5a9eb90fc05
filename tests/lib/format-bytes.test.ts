import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/lib/format-bytes';

describe('formatBytes', () => {
  it('gives bytes below a kilobyte, then kB and MB to one decimal, in decimal units', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1000)).toBe('1.0 kB');
    expect(formatBytes(12_256)).toBe('12.3 kB');
    expect(formatBytes(1_617_800)).toBe('1.6 MB');
  });

  it('never rounds up to "1000.0 kB": from there it says MB', () => {
    expect(formatBytes(999_949)).toBe('999.9 kB');
    expect(formatBytes(999_950)).toBe('1.0 MB');
  });
});

describe('formatBytes in Ukrainian', () => {
  it('writes the numbers and units as Ukrainian does, through Intl', () => {
    expect(formatBytes(812, 'uk')).toBe('812 байтів');
    expect(formatBytes(12_256, 'uk')).toBe('12,3 кБ');
    expect(formatBytes(1_617_800, 'uk')).toBe('1,6 МБ');
  });
});
