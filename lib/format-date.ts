import type { Locale } from './i18n';
import { dateTimeFormat } from './intl-formats';
import type { DateInfo } from './schemas';

/**
 * How each language marks an approximate date ("c. 30 June 2022", "бл. 30 червня 2022 р."):
 * date grammar, beside Intl's (messages/GLOSSARY.md).
 */
const APPROXIMATE: Record<Locale, string> = { en: 'c. ', uk: 'бл. ' };

type DateStyle = 'long' | 'short' | 'dayMonth' | 'day';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  day: { day: 'numeric' },
};

/**
 * Where room is short (the timeline's axis), Ukrainian writes dates in figures ("30.06.2022"), as
 * its press does: Intl's short month form ("30 черв. 2022 р.") is half as long again as English's.
 */
const SHORT_NUMERIC: Partial<Record<Locale, Intl.DateTimeFormatOptions>> = { uk: { day: '2-digit', month: '2-digit', year: 'numeric' } };

/** A calendar date (YYYY-MM-DD) in a language; read as UTC midnight and written in UTC, so no time zone moves it a day. */
function format(iso: string, locale: Locale, style: DateStyle): string {
  const options = (style === 'short' && SHORT_NUMERIC[locale]) || OPTIONS[style];
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "30 June 2022" from "2022-06-30"; "30 червня 2022 р." in Ukrainian. */
export function formatIsoDate(iso: string, locale: Locale = 'en'): string {
  return format(iso, locale, 'long');
}

/** "30 Jun 2022" ("30.06.2022" in Ukrainian) from "2022-06-30": for axis labels, where room is short. */
export function formatShortDate(iso: string, locale: Locale = 'en'): string {
  return format(iso, locale, 'short');
}

/**
 * A date as readers see it: approximate dates get "c.", ranges show both ends.
 * @example formatDateInfo({ date: '2022-06-30', approximate: true, basis: '…' }) // 'c. 30 June 2022'
 */
export function formatDateInfo(d: DateInfo, locale: Locale = 'en'): string {
  const c = d.approximate ? APPROXIMATE[locale] : '';
  if (d.earliest && d.latest && d.earliest !== d.latest) {
    const to = formatIsoDate(d.latest, locale);
    // Same month and year: "24–25 June 2022".
    if (d.earliest.slice(0, 7) === d.latest.slice(0, 7)) return `${c}${format(d.earliest, locale, 'day')}–${to}`;
    // Same year: "30 June – 2 July 2022".
    if (d.earliest.slice(0, 4) === d.latest.slice(0, 4)) return `${c}${format(d.earliest, locale, 'dayMonth')} – ${to}`;
    return `${c}${formatIsoDate(d.earliest, locale)} – ${to}`;
  }
  return `${c}${formatIsoDate(d.date, locale)}`;
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (YYYY-MM-DD), negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The date `n` days after `iso` (YYYY-MM-DD). */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The reader's today, YYYY-MM-DD in their own time zone: a citation's access date is the day they read it. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
