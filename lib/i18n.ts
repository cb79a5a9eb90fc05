/**
 * The interface's languages and where each lives in the URL (README "Languages"). English, the
 * default, is unprefixed (`/`, `/about`, `/places/bakhmut`); every other language has its own
 * prefix (`/uk`, `/uk/about`, …), so that each language is a distinct URL that a cache may keep and
 * a link or an embed keeps. Internally every page is under app/[locale]/: proxy.ts rewrites an
 * unprefixed path to `/en…`.
 */

export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', uk: 'Українська' };

/** The Intl locale of each language: British English writes "30 June 2022" (day, month, year). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', uk: 'uk' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The public path of a page in a language: `localisedPath('/about', 'uk')` is `/uk/about`,
 * `localisedPath('/', 'uk')` is `/uk`; English keeps the path as it is.
 * @param path a page's unprefixed path, starting with `/`
 */
export function localisedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The language a public path names by its prefix and the path without it; undefined for an
 * unprefixed path. `/uk/about` → `{ locale: 'uk', path: '/about' }`; `/en` → `{ locale: 'en', path: '/' }`.
 */
export function prefixOf(pathname: string): { locale: Locale; path: string } | undefined {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return undefined;
  return { locale: first, path: `/${rest.join('/')}` };
}

/** A layer's title in the reader's language (geo/layers.json `title_uk`). */
export function layerTitle(layer: { title: string; title_uk: string }, locale: Locale): string {
  return locale === 'uk' ? layer.title_uk : layer.title;
}

/**
 * A title and description in the reader's language, from data that carries both (`title_uk`,
 * `description_uk`): a story (geo/stories/), a download (lib/downloads/).
 */
export function titleAndDescription(
  item: { title: string; description: string; title_uk: string; description_uk: string },
  locale: Locale,
): { title: string; description: string } {
  return locale === 'uk' ? { title: item.title_uk, description: item.description_uk } : { title: item.title, description: item.description };
}

/**
 * A place's name in the reader's language (its Ukrainian name from the data, `name_uk`, in Ukrainian;
 * its English name otherwise), and the other, shown beside it where there is room.
 */
export function localName(place: { name: string; name_uk: string }, locale: Locale): string {
  return locale === 'uk' ? place.name_uk : place.name;
}

export function otherName(place: { name: string; name_uk: string }, locale: Locale): { name: string; lang: Locale } {
  return locale === 'uk' ? { name: place.name, lang: 'en' } : { name: place.name_uk, lang: 'uk' };
}
