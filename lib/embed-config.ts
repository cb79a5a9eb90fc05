/**
 * The configuration the embed page hands its client (the `fm-config` JSON block): written by
 * components/embed/embed-document.tsx on the server, read by components/embed/embed-entry.tsx. One type for both sides, so the
 * compiler checks that what the server writes is what the client reads.
 */
import { type EmbedData, embedDataOf } from './bulk-points';
import type { EmbedOptions } from './embed-options';
import type { MapData } from './map-data';
import type { TileConfig } from './tiles';

export interface EmbedConfig {
  /** The map data, large point layers in bulk form (lib/bulk-points.ts). */
  data: EmbedData;
  options: EmbedOptions;
  tiles: TileConfig;
  /** Absolute URL of the full map page (without query). */
  fullMapUrl: string;
  /** Origins allowed to frame and command the map, or null for any. */
  allowedOrigins: string[] | null;
}

export interface EmbedConfigInput {
  data: MapData;
  options: EmbedOptions;
  tiles: TileConfig;
  /** Absolute origin of this site, e.g. https://map.example.org */
  origin: string;
  allowedOrigins: string[] | null;
}

/** The client's configuration for one embed page. */
export function embedConfigOf({ data, options, tiles, origin, allowedOrigins }: EmbedConfigInput): EmbedConfig {
  return { data: embedDataOf(data), options, tiles, fullMapUrl: `${origin}/`, allowedOrigins };
}

/** What the embed page is rendered from (components/embed/embed-document.tsx, loaded by lib/embed-page.ts). */
export interface EmbedPageInput extends EmbedConfigInput {
  /** The bundled client: its entry script, stylesheet and chunks to preload (lib/embed-assets.ts). */
  assets: { js: string; css: string; preload: readonly string[] };
  /** The oEmbed discovery URL for this embed's state. */
  oembedUrl: string;
}
