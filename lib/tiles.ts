/**
 * Raster tile settings, from the environment (read on the server, per request):
 * - TILE_URL: a Leaflet URL template; default OpenStreetMap's standard tiles. Set it to "none"
 *   to run with the offline base only.
 * - TILE_ATTRIBUTION: the provider's credit line (plain text); default "© OpenStreetMap contributors".
 * OpenStreetMap's tile usage policy: https://operations.osmfoundation.org/policies/tiles/
 */
export interface TileConfig {
  url: string | null;
  attribution: string;
  attributionUrl: string;
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const raw = env.TILE_URL?.trim();
  const url = raw === 'none' || raw === '0' ? null : raw || DEFAULT_TILE_URL;
  const valid = url === null || /^https?:\/\/[^\s"'<>]+\{z\}[^\s"'<>]*$/.test(url);
  const attributionUrl = env.TILE_ATTRIBUTION_URL?.trim();
  return {
    url: valid ? url : DEFAULT_TILE_URL,
    attribution: env.TILE_ATTRIBUTION?.trim() || '© OpenStreetMap contributors',
    attributionUrl:
      attributionUrl && /^https?:\/\/[^\s"'<>]+$/.test(attributionUrl) ? attributionUrl : 'https://www.openstreetmap.org/copyright',
  };
}
