import type { DateInfo } from './schemas';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 June 2022" from "2022-06-30" (no time zones involved). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "30 Jun 2022" from "2022-06-30": for axis labels, where room is short. */
export function formatShortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]!.slice(0, 3)} ${y}`;
}

/**
 * A date as readers see it: approximate dates get "c.", ranges show both ends.
 * @example formatDateInfo({ date: '2022-06-30', approximate: true, basis: '…' }) // 'c. 30 June 2022'
 */
export function formatDateInfo(d: DateInfo): string {
  if (d.earliest && d.latest && d.earliest !== d.latest) {
    const c = d.approximate ? 'c. ' : '';
    const [from, to] = [formatIsoDate(d.earliest), formatIsoDate(d.latest)];
    // Same month and year: "24–25 June 2022".
    if (d.earliest.slice(0, 7) === d.latest.slice(0, 7)) return `${c}${from.split(' ')[0]}–${to}`;
    // Same year: "30 June – 2 July 2022".
    if (d.earliest.slice(0, 4) === d.latest.slice(0, 4)) return `${c}${from.split(' ').slice(0, 2).join(' ')} – ${to}`;
    return `${c}${from} – ${to}`;
  }
  return `${d.approximate ? 'c. ' : ''}${formatIsoDate(d.date)}`;
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
