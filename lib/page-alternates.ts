/**
 * A page's addresses in every language, for its metadata (`alternates`): the canonical address in
 * the page's language and `hreflang` links to each language's version (README "Languages"). Only
 * where SITE_URL gives the origin: the pages are prerendered and cannot take it from a request.
 */
import { LOCALES, type Locale, localisedPath } from './i18n';

export interface LanguageAlternates {
  canonical: string;
  languages: Record<string, string>;
}

/**
 * @param origin the site's public origin (lib/site.ts configuredOrigin), or null when unknown
 * @param path the page's unprefixed path, starting with `/`
 * @param locale the page's language
 * @example languageAlternates('https://map.example.org', '/about', 'uk')
 * // { canonical: 'https://map.example.org/uk/about', languages: { en: '…/about', uk: '…/uk/about', 'x-default': '…/about' } }
 */
export function languageAlternates(origin: string | null, path: string, locale: Locale): LanguageAlternates | undefined {
  if (!origin) return undefined;
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, `${origin}${localisedPath(path, l)}`]));
  // English, unprefixed, is what a reader of any other language is offered.
  languages['x-default'] = `${origin}${path}`;
  return { canonical: `${origin}${localisedPath(path, locale)}`, languages };
}
