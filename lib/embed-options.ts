/**
 * Options of the embeddable map (/embed), parsed with a schema: unknown or malformed values fall
 * back to the defaults and are never echoed. The map state (place, date, layers, view, tiles)
 * uses the same parameters as the main page (lib/url-state.ts).
 *
 * | option | values | default | |
 * |---|---|---|---|
 * | `controls` | `0`, `1` | `1` | zoom, layer switcher, scale and date stepper |
 * | `panel` | `0`, `1` | `1` | "All reporting" opens a panel inside the frame (else links to the full map) |
 * | `list` | `0`, `1` | `0` | the text list of places under the map |
 * | `theme` | `light`, `dark`, `auto` | `light` | `auto` follows the reader's system setting |
 */
import { z } from 'zod';
import { type KnownIds, parseUrlState, serializeUrlState, type UrlState } from './url-state';

const flag = (fallback: boolean) =>
  z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .catch(fallback)
    .default(fallback);

export const embedFlagsSchema = z.object({
  controls: flag(true),
  panel: flag(true),
  list: flag(false),
  theme: z.enum(['light', 'dark', 'auto']).catch('light').default('light'),
});

export type EmbedFlags = z.infer<typeof embedFlagsSchema>;
export interface EmbedOptions extends EmbedFlags {
  state: UrlState;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function firstOf(params: Params, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses /embed's query; never throws. */
export function parseEmbedOptions(params: Params, known: KnownIds): EmbedOptions {
  const flags = embedFlagsSchema.parse({
    controls: firstOf(params, 'controls'),
    panel: firstOf(params, 'panel'),
    list: firstOf(params, 'list'),
    theme: firstOf(params, 'theme'),
  });
  return { ...flags, state: parseUrlState(params, known) };
}

/** The query string of an embed, omitting defaults (without "?"). */
export function serializeEmbedOptions(options: EmbedOptions, allLayers: readonly string[] = []): string {
  const p = new URLSearchParams(serializeUrlState(options.state, allLayers));
  if (!options.controls) p.set('controls', '0');
  if (!options.panel) p.set('panel', '0');
  if (options.list) p.set('list', '1');
  if (options.theme !== 'light') p.set('theme', options.theme);
  return p.toString().replace(/%2C/g, ',');
}
