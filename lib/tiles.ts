/**
 * Raster tile settings, from the environment (read on the server, per request; the prerendered
 * pages take them at build):
 * - TILE_URL: a Leaflet URL template; default OpenStreetMap's standard tiles. Set it to "none"
 *   to run with the offline base only.
 * - TILE_ATTRIBUTION: the provider's credit line (plain text); default "© OpenStreetMap contributors".
 * - TILE_ATTRIBUTION_URL: where the credit links.
 * - TILE_NAME: its name in the base-map switcher; default "OpenStreetMap" for the default server,
 *   else the tile server's host name.
 * - TILE_SOURCES: further base maps for the switcher, a JSON array of
 *   `{ "id", "name", "url", "attribution", "attributionUrl"? }` (README "Tiles"). A bad entry is
 *   left out and named in tileSourceProblems: the build refuses it, a server warns at start.
 * OpenStreetMap's tile usage policy: https://operations.osmfoundation.org/policies/tiles/
 */
import { z } from 'zod';
import { BASE_ID_PATTERN } from './ids';

/** One base map from tiles, as the switcher offers it; `id` is what the URL's `base` parameter names. */
export interface TileSource {
  id: string;
  name: string;
  url: string;
  attribution: string;
  attributionUrl?: string;
}

export interface TileConfig {
  /** The configured tile server, or null (TILE_URL=none): not offered. */
  url: string | null;
  attribution: string;
  attributionUrl: string;
  /** The configured server's name in the switcher. */
  name: string;
  /** The further base maps TILE_SOURCES lists (the valid entries), in its order. */
  sources: TileSource[];
}

type Env = Record<string, string | undefined>;

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** A tile URL template: http(s), with a {z}, and nothing that could break out of an attribute. */
const TILE_URL_PATTERN = /^https?:\/\/[^\s"'<>]+\{z\}[^\s"'<>]*$/;
const LINK_PATTERN = /^https?:\/\/[^\s"'<>]+$/;

const tileSourceSchema = z.strictObject({
  id: z.string().regex(BASE_ID_PATTERN, 'id: lower-case letters, digits and "-", at most 32'),
  name: z.string().trim().min(1, 'name: required').max(60, 'name: at most 60 characters'),
  url: z.string().regex(TILE_URL_PATTERN, 'url: an http(s) URL template with {z}, {x} and {y}'),
  attribution: z.string().trim().min(1, 'attribution: the provider’s credit is required').max(200),
  attributionUrl: z.string().regex(LINK_PATTERN, 'attributionUrl: an http(s) URL').optional(),
});

/** TILE_SOURCES read: its valid entries, and one line per problem naming the entry. */
export function parseTileSources(raw: string | undefined): { sources: TileSource[]; problems: string[] } {
  if (!raw?.trim()) return { sources: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { sources: [], problems: ['TILE_SOURCES: not valid JSON (a JSON array of { id, name, url, attribution, attributionUrl? })'] };
  }
  if (!Array.isArray(json)) return { sources: [], problems: ['TILE_SOURCES: must be a JSON array'] };
  const sources: TileSource[] = [];
  const problems: string[] = [];
  json.forEach((entry: unknown, index) => {
    const result = tileSourceSchema.safeParse(entry);
    const id = result.success ? result.data.id : undefined;
    const label = `TILE_SOURCES[${index}]${id ? ` (${id})` : ''}`;
    if (!result.success) problems.push(`${label}: ${result.error.issues.map(issueText).join('; ')}`);
    else if (sources.some((s) => s.id === id)) problems.push(`${label}: the id is used by an earlier entry`);
    else sources.push(result.data);
  });
  return { sources, problems };
}

function issueText(issue: z.core.$ZodIssue): string {
  // Our messages name the field; zod's own (a wrong type, an unknown key) get it prefixed.
  const field = issue.path.join('.');
  return field && !issue.message.startsWith(`${field}:`) ? `${field}: ${issue.message}` : issue.message;
}

/** What is wrong with TILE_SOURCES, one line per bad entry (empty when nothing is). */
export function tileSourceProblems(env: Env = process.env): string[] {
  return parseTileSources(env.TILE_SOURCES).problems;
}

function defaultName(url: string): string {
  return url === DEFAULT_TILE_URL ? 'OpenStreetMap' : new URL(url.replace(/\{[^}]*\}/g, 'x')).hostname;
}

export function tileConfig(env: Env = process.env): TileConfig {
  const raw = env.TILE_URL?.trim();
  const wanted = raw === 'none' || raw === '0' ? null : raw || DEFAULT_TILE_URL;
  const url = wanted === null || TILE_URL_PATTERN.test(wanted) ? wanted : DEFAULT_TILE_URL;
  const attributionUrl = env.TILE_ATTRIBUTION_URL?.trim();
  return {
    url,
    attribution: env.TILE_ATTRIBUTION?.trim() || '© OpenStreetMap contributors',
    attributionUrl: attributionUrl && LINK_PATTERN.test(attributionUrl) ? attributionUrl : 'https://www.openstreetmap.org/copyright',
    name: env.TILE_NAME?.trim().slice(0, 60) || (url ? defaultName(url) : ''),
    sources: parseTileSources(env.TILE_SOURCES).sources,
  };
}

/** Every tile URL template the pages may ask: the configured server's and the listed sources'. */
export function tileUrls(tiles: TileConfig): string[] {
  return [...(tiles.url ? [tiles.url] : []), ...tiles.sources.map((s) => s.url)];
}

/** The ids the URL's `base` parameter may name. */
export function baseIds(tiles: TileConfig): string[] {
  return tiles.sources.map((s) => s.id);
}
