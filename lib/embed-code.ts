/**
 * The embed code offered by the share dialog: an iframe snippet and a script snippet for a state
 * of the map. Pure; both are tested by pasting them into a page on another origin.
 */
import { type EmbedFlags, serializeEmbedOptions } from './embed-options';
import { escapeHtml as h } from './html';
import { urlParameterPairs } from './url-parameters';
import { URL_PARAMETERS, type UrlState } from './url-state';

export interface EmbedCodeInput {
  origin: string;
  state: UrlState;
  flags: EmbedFlags;
  allLayers: readonly string[];
  title: string;
}

/** The /embed URL for a state and set of options. */
export function embedUrl({ origin, state, flags, allLayers }: Omit<EmbedCodeInput, 'title'>): string {
  const qs = serializeEmbedOptions({ ...flags, state }, allLayers);
  return `${origin}/embed${qs ? `?${qs}` : ''}`;
}

/** A responsive iframe (fixed initial height; the script snippet adds auto-height). */
export function iframeSnippet(input: EmbedCodeInput): string {
  return `<iframe src="${h(embedUrl(input))}" title="${h(input.title)}" style="width:100%;height:560px;border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** The attributes a reader of the snippet looks for first: which place, on which day. */
const LEADING_ATTRIBUTES = ['place', 'date'];

/**
 * The script snippet: a div with data-* options and embed.js, which sizes the frame to its content.
 * The attributes are the embed's URL parameters (URL_PARAMETERS), serialised as in its URL.
 */
export function scriptSnippet(input: EmbedCodeInput): string {
  const { state, flags, allLayers } = input;
  const pairs = [...urlParameterPairs(URL_PARAMETERS.state, state, allLayers), ...urlParameterPairs(URL_PARAMETERS.embed, flags, allLayers)];
  const leading = pairs.filter(([name]) => LEADING_ATTRIBUTES.includes(name));
  const rest = pairs.filter(([name]) => !LEADING_ATTRIBUTES.includes(name));
  const data = [...leading, ...rest].map(([name, value]) => ` data-${name}="${h(value)}"`).join('');
  return `<div data-frontline-map${data}></div>\n<script async src="${h(input.origin)}/embed.js"></script>`;
}
