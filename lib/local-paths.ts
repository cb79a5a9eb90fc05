/**
 * The addresses of the map and of a place's page in a reader's language (lib/i18n.ts): a page in
 * Ukrainian links to the Ukrainian map and pages, so that following a link keeps the language.
 */
import { type Locale, localisedPath } from './i18n';
import { mapPathOf, placePagePath } from './url-state';

/**
 * The map opened at a place, in a language: `/?place=…` in English, `/uk?place=…` in Ukrainian.
 * @example mapPathIn('bakhmut', 'uk') // '/uk?tiles=1&place=bakhmut' (the query as lib/url-state.ts writes it)
 */
export function mapPathIn(placeId: string, locale: Locale): string {
  // mapPathOf gives `/?…`: the map's own path, then its query.
  return `${localisedPath('/', locale)}${mapPathOf(placeId).slice(1)}`;
}

/** A place's page in a language: `/places/bakhmut`, `/uk/places/bakhmut`. */
export function placePathIn(placeId: string, locale: Locale): string {
  return localisedPath(placePagePath(placeId), locale);
}
