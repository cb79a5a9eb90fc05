/**
 * Intl's number and date formatters, each made once per language and set of options and then
 * reused: making one is far slower than using it (the first in a page also starts ICU, 40–100 ms on
 * a slow phone), and the map words many figures and dates per render. Memoised with formatjs's
 * fast-memoize, which use-intl already brings to both front ends (so it adds no bytes), keyed by
 * the arguments themselves.
 */
import { memoize, strategies } from '@formatjs/fast-memoize';
import { INTL_LOCALE, type Locale } from './i18n';

const makeNumberFormat = memoize((tag: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options), {
  strategy: strategies.variadic,
});

const makeDateTimeFormat = memoize((tag: string, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options), {
  strategy: strategies.variadic,
});

/** A number formatter for one of the interface's languages, made once per options. */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return makeNumberFormat(INTL_LOCALE[locale], options);
}

/** A date formatter for one of the interface's languages, made once per options. */
export function dateTimeFormat(locale: Locale, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return makeDateTimeFormat(INTL_LOCALE[locale], options);
}
