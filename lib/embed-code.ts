/**
 * The embed code offered by the share dialog: an iframe snippet and a script snippet for a state
 * of the map. Pure; both are tested by pasting them into a page on another origin.
 */
import { type EmbedFlags, serializeEmbedOptions } from './embed-options';
import { escapeHtml as h } from './html';
import type { UrlState } from './url-state';

export interface EmbedCodeInput {
  origin: string;
  state: UrlState;
  flags: EmbedFlags;
  allLayers: readonly string[];
  title: string;
}

/** The /embed URL for a state and set of options. */
export function embedUrl({ origin, state, flags, allLayers }: Omit<EmbedCodeInput, 'title'>): string {
  const qs = serializeEmbedOptions({ ...flags, state: { ...state, zoom: state.zoom, center: state.center } }, allLayers);
  return `${origin}/embed${qs ? `?${qs}` : ''}`;
}

/** A responsive iframe (fixed initial height; the script snippet adds auto-height). */
export function iframeSnippet(input: EmbedCodeInput): string {
  return `<iframe src="${h(embedUrl(input))}" title="${h(input.title)}" style="width:100%;height:560px;border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** The script snippet: a div with data-* options and embed.js, which sizes the frame to its content. */
export function scriptSnippet(input: EmbedCodeInput): string {
  const { state, flags } = input;
  const attrs: [string, string | undefined][] = [
    ['place', state.place],
    ['date', state.date],
    ['layers', state.layers && !input.allLayers.every((id) => state.layers!.includes(id)) ? state.layers.join(',') : undefined],
    ['z', state.zoom !== undefined ? String(state.zoom) : undefined],
    ['ll', state.center ? `${state.center[0].toFixed(5)},${state.center[1].toFixed(5)}` : undefined],
    ['tiles', state.tiles ? undefined : '0'],
    ['controls', flags.controls ? undefined : '0'],
    ['panel', flags.panel ? undefined : '0'],
    ['list', flags.list ? '1' : undefined],
    ['theme', flags.theme === 'light' ? undefined : flags.theme],
  ];
  const data = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` data-${k}="${h(v)}"`)
    .join('');
  return `<div data-frontline-map${data}></div>\n<script async src="${h(input.origin)}/embed.js"></script>`;
}
