import { INTL_LOCALE, type Locale } from './i18n';

type Unit = 'byte' | 'kilobyte' | 'megabyte';

/** Intl's formatters, made once each (making one is far slower than using it). */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, unit: Unit): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let made = formatters.get(key);
  if (!made) {
    const digits = unit === 'byte' ? 0 : 1;
    made = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'unit',
      unit,
      // "812 bytes", but "12.3 kB": a unit's name in full only where it is a word.
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, made);
  }
  return made;
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
