/**
 * Security headers, declared once. Applied by next.config.js to every page and route, and by the
 * /embed route for itself (it may be framed by other sites; nothing else may).
 */
import { DEFAULT_TILE_URL } from './tiles';

/** The origin of the tile server, for img-src (null when tiles are off). */
export function tileOrigin(tileUrl: string | null | undefined): string | null {
  if (!tileUrl) return null;
  try {
    return new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}

interface CspOptions {
  /** `'self'` for ordinary pages; a list of origins or `*` for /embed. */
  frameAncestors: string;
  /** Next's pages need inline scripts for their data; the embed page has none. */
  inlineScripts: boolean;
  tileUrl?: string | null;
}

export function contentSecurityPolicy({ frameAncestors, inlineScripts, tileUrl = DEFAULT_TILE_URL }: CspOptions): string {
  const tiles = tileOrigin(tileUrl);
  return [
    "default-src 'self'",
    `script-src 'self'${inlineScripts ? " 'unsafe-inline'" : ''}`,
    // Leaflet positions everything with inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Headers every response carries besides its CSP. */
export const HARDENING_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
