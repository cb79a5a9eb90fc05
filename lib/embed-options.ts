/**
 * Options of the embeddable map (/embed): the map's state (place, date, layers, view, tiles), with
 * the same parameters as the main page, plus the embed's own flags. Both are declared in
 * URL_PARAMETERS (lib/url-state.ts), with their doc lines and defaults: unknown or malformed
 * values fall back to the defaults and are never echoed.
 */
import { queryStringOf, readUrlParameters, urlParameterPairs } from './url-parameters';
import { type EmbedFlags, type KnownIds, parseUrlState, URL_PARAMETERS, type UrlState } from './url-state';

export type { EmbedFlags };

export interface EmbedOptions extends EmbedFlags {
  state: UrlState;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Parses /embed's query; never throws. */
export function parseEmbedOptions(params: Params, known: KnownIds): EmbedOptions {
  return { ...readUrlParameters(URL_PARAMETERS.embed, params, known), state: parseUrlState(params, known) };
}

/** The query string of an embed, omitting defaults (without "?"): the map's state, then the flags. */
export function serializeEmbedOptions(options: EmbedOptions, allLayers: readonly string[] = []): string {
  const { state, ...flags } = options;
  return queryStringOf([
    ...urlParameterPairs(URL_PARAMETERS.state, state, allLayers),
    ...urlParameterPairs(URL_PARAMETERS.embed, flags, allLayers),
  ]);
}
