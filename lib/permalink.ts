/**
 * Pinned permalinks: a view's address with the data version it was cited with (`v=`). The map and
 * place pages read `v` to tell a reader when the data has changed since (components/share/
 * data-changed-note.tsx); the map keeps it in its address while the reader browses from the
 * permalink (components/map/use-url-state.ts), until they dismiss the note. Kept out of URL_PARAMETERS (lib/url-state.ts), whose parameters the
 * embed takes too: the version belongs to a citation, not to the state of a view.
 * Pure; in the client bundle.
 */
import { DATA_VERSION_PATTERN } from './ids';
import { queryStringOf } from './url-parameters';

/** The query parameter of the cited data version. */
export const CITED_VERSION_PARAMETER = 'v';

/**
 * An address with the data version added as its last parameter.
 * @param url an absolute or root-relative URL, with or without a query (and no fragment)
 * @example pinnedUrl('https://map.example.org/?place=bakhmut', '0123456789ab') // 'https://map.example.org/?place=bakhmut&v=0123456789ab'
 */
export function pinnedUrl(url: string, version: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${CITED_VERSION_PARAMETER}=${encodeURIComponent(version)}`;
}

/**
 * The data version a URL's query was cited with, if it names a well-formed one.
 * @param search the query, e.g. `window.location.search`
 */
export function citedVersionOf(search: string): string | undefined {
  const raw = new URLSearchParams(search).get(CITED_VERSION_PARAMETER);
  return raw !== null && DATA_VERSION_PATTERN.test(raw) ? raw : undefined;
}

/**
 * A query without the cited data version: where the reader has dismissed the note.
 * @param search the query, e.g. `window.location.search`
 * @returns the query without "?", commas left readable as the map writes them
 */
export function withoutCitedVersion(search: string): string {
  return queryStringOf([...new URLSearchParams(search)].filter(([name]) => name !== CITED_VERSION_PARAMETER));
}
