import type { Locale } from './i18n';
import { numberFormat } from './intl-formats';

type Unit = 'byte' | 'kilobyte' | 'megabyte';

function formatter(locale: Locale, unit: Unit): Intl.NumberFormat {
  const digits = unit === 'byte' ? 0 : 1;
  return numberFormat(locale, {
    style: 'unit',
    unit,
    // "812 bytes", but "12.3 kB": a unit's name in full only where it is a word.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * A file's size for readers, in decimal units (kB = 1000 bytes), as macOS, GNOME and browsers'
 * download lists show sizes, in the reader's language through Intl ("12,3 кБ" in Ukrainian).
 * @param bytes the size in bytes, a whole number ≥ 0
 * @returns e.g. "812 bytes", "12.3 kB", "1.6 MB"
 * @example formatBytes(12_256) // '12.3 kB'
 */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  if (bytes < 1000) return formatter(locale, 'byte').format(bytes);
  if (bytes < 999_950) return formatter(locale, 'kilobyte').format(bytes / 1000);
  return formatter(locale, 'megabyte').format(bytes / 1_000_000);
}
