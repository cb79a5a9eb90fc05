/**
 * Which page in which language answers a public path (README "Languages"); used by proxy.ts.
 * - `/uk…`: the Ukrainian page, served as it is (app/[locale]/ matches `uk`).
 * - An unprefixed page path: the English page, rewritten to `/en…` inside the app.
 * - `/en…`: sent to its one address, without the prefix.
 * The server never answers by the reader's language: every answer a cache keeps is the same for
 * every reader of its URL. The map's front door follows the browser's languages in the browser
 * instead (languageDoorScript).
 */
import { DEFAULT_LOCALE, LOCALES, prefixOf } from './i18n';

export type LocaleRoute =
  /** Not a page: the API, the embed, the pictures, the build's files. */
  | { kind: 'other' }
  /** A page: serve `internal` (the same path when it is already there). */
  | { kind: 'page'; internal: string }
  | { kind: 'redirect'; location: string };

/** Paths no page answers: left to their routes and files. */
const NOT_A_PAGE = /^\/(?:api|_data|_embed|_next)(?:\/|$)|^\/(?:embed|image)$|\.[a-z0-9]+$/i;

/**
 * How a request for `pathname` is answered.
 * @param search the query, with its `?` (or empty), kept on a redirect
 */
export function routeLocale(pathname: string, search: string): LocaleRoute {
  if (NOT_A_PAGE.test(pathname)) return { kind: 'other' };
  const prefixed = prefixOf(pathname);
  if (prefixed?.locale === DEFAULT_LOCALE) return { kind: 'redirect', location: `${prefixed.path}${search}` };
  if (prefixed) return { kind: 'page', internal: pathname };
  return { kind: 'page', internal: `/${DEFAULT_LOCALE}${pathname === '/' ? '' : pathname}` };
}

/** Where the switcher remembers a reader's own choice of language, which the front door then follows. */
export const LOCALE_CHOICE_KEY = 'frontline-map:locale';

/**
 * The English map page's first script: on a reader's first visit (no language chosen yet), if the
 * first of the browser's languages (what it sends as Accept-Language) that the map has is another
 * than English, go to the map in that language with the same view (for every language of LOCALES). Inline and tiny, so that it runs before the
 * page paints; allowed by its hash like the page's other inline scripts (proxy.ts).
 */
export function languageDoorScript(): string {
  const ours = JSON.stringify(LOCALES);
  const key = JSON.stringify(LOCALE_CHOICE_KEY);
  const home = JSON.stringify(DEFAULT_LOCALE);
  return `try{if(!localStorage.getItem(${key})){for(const l of navigator.languages||[]){const p=l.toLowerCase().split("-")[0];if(${ours}.includes(p)){if(p!==${home})location.replace("/"+p+location.search+location.hash);break}}}}catch(e){}`;
}
