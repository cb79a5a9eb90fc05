/**
 * A Web Worker that makes one Intl date, number and plural formatter for the page's language, and
 * ends. The first date or number formatter in a page loads ICU's data for its language: 40–150 ms
 * on this project's build machine without throttling (Intl.PluralRules alone 2–6 ms), several times
 * that on a phone. ICU keeps that data for the whole process, so once this worker has loaded it
 * (while the main thread evaluates the page's code) the main thread's formatters cost about 1 ms,
 * whatever their options (measured in Chromium: a worker's plain `Intl.DateTimeFormat('uk')` leaves
 * the page's `{ day, month: 'long', year }` one at 1 ms, from 40–100). Started by
 * components/i18n/warm-intl.ts with the page's language as the worker's name; says when it is done
 * (the embed waits for that before it hydrates, a bounded wait: components/embed/embed-entry.tsx).
 */
import { INTL_LOCALE, isLocale } from '@/lib/i18n';

const locale = isLocale(self.name) ? self.name : 'en';
// The interface's own formatters use the regional tag (lib/intl-formats.ts), use-intl's messages the bare one.
for (const tag of new Set([INTL_LOCALE[locale], locale])) {
  new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat(tag).format(1);
  new Intl.PluralRules(tag).select(1);
}
self.postMessage('warm');
self.close();
