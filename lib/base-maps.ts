/**
 * The base maps the switcher offers (README "Tiles"): the offline base, always; the configured tile
 * server (TILE_URL), unless it is "none"; and the further sources TILE_SOURCES lists. Which one a
 * URL state shows, and the state that shows each. Pure, and free of zod: it is in the client bundles.
 */
import { escapeHtml } from './html';
import type { TileConfig, TileSource } from './tiles';
import type { Words } from './translate';
import type { UrlState } from './url-state';

export interface BaseMap {
  /** The switcher's label; unique among the choices. */
  name: string;
  /** Its tiles, or none: the offline base (drawn under every choice). */
  source?: TileSource;
  /** The URL state's fields that show it. */
  state: Pick<UrlState, 'tiles' | 'base'>;
}

/** Every base map on offer, the offline base first (named in the reader's language; the tile servers by their own names). */
export function baseMapsOf({ t }: Words, tiles: TileConfig): BaseMap[] {
  const offline: BaseMap = { name: t('MapView.offlineBase'), state: { tiles: false, base: undefined } };
  const configured: BaseMap[] = tiles.url
    ? [
        {
          name: tiles.name,
          source: { id: '', name: tiles.name, url: tiles.url, attribution: tiles.attribution, attributionUrl: tiles.attributionUrl },
          state: { tiles: true, base: undefined },
        },
      ]
    : [];
  const listed = tiles.sources.map((source): BaseMap => ({ name: source.name, source, state: { tiles: true, base: source.id } }));
  // Leaflet's switcher tells the choices apart by name: a repeated name is offered once.
  const seen = new Set<string>();
  return [offline, ...configured, ...listed].filter((b) => !seen.has(b.name) && Boolean(seen.add(b.name)));
}

/**
 * The base map a state shows: none of the tiles where `tiles` is off, else the listed source `base`
 * names, else the configured server, else (TILE_URL=none) the offline base.
 */
export function chosenBaseMap(maps: readonly BaseMap[], state: Pick<UrlState, 'tiles' | 'base'>): BaseMap {
  const offline = maps[0]!;
  if (!state.tiles) return offline;
  return maps.find((b) => b.source && b.state.base === state.base) ?? maps.find((b) => b.source && !b.state.base) ?? offline;
}

/** A source's credit as HTML for Leaflet's attribution control: escaped, linked where it has an address. */
export function tileCreditHtml({ attribution, attributionUrl }: Pick<TileSource, 'attribution' | 'attributionUrl'>): string {
  const text = escapeHtml(attribution);
  return attributionUrl ? `<a href="${escapeHtml(attributionUrl)}" target="_blank" rel="noopener">${text}</a>` : text;
}
