/**
 * Security headers, declared once and applied by proxy.ts (README "Security headers"). No page
 * allows inline scripts wholesale: each names the ones it runs (see `ScriptSources`).
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

/**
 * How a page's scripts are allowed:
 * - `nonce`: a page rendered per request (every page under `next dev`). Next puts the nonce on every script it writes, and
 *   `'strict-dynamic'` lets those scripts load their chunks; `'self'` is then ignored by browsers
 *   that know `'strict-dynamic'` and kept for those that do not.
 * - `hashes`: prerendered pages (`/`, `/about`, the 404 page), whose inline scripts are the same bytes
 *   for every reader, so a shared cache may keep them; external scripts come from `'self'`.
 * - neither: external scripts from this origin only (`/embed`, the API).
 */
export interface ScriptSources {
  nonce?: string;
  /** CSP hash sources, `'sha256-…'`, from `inlineScriptHashes`. */
  hashes?: readonly string[];
  /** `next dev` only: React's development build uses eval for its error overlays. */
  allowEval?: boolean;
}

interface CspOptions {
  /** `'self'` for ordinary pages; a list of origins or `*` for /embed. */
  frameAncestors: string;
  scripts?: ScriptSources;
  /** The tile URL templates the page may ask (lib/tiles.ts tileUrls): their origins go into img-src. */
  tileUrls?: readonly string[];
}

/** The script-src directive for `scripts`; never `'unsafe-inline'`. */
export function scriptSrc({ nonce, hashes = [], allowEval = false }: ScriptSources = {}): string {
  return [
    'script-src',
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []),
    ...hashes,
    ...(allowEval ? ["'unsafe-eval'"] : []),
  ].join(' ');
}

export function contentSecurityPolicy({ frameAncestors, scripts, tileUrls = [DEFAULT_TILE_URL] }: CspOptions): string {
  const origins = [...new Set(tileUrls.map(tileOrigin).filter((o) => o !== null))];
  const tiles = origins.join(' ');
  return [
    "default-src 'self'",
    scriptSrc(scripts),
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

/**
 * A fresh nonce for one response: 128 random bits, base64 (CSP's nonce grammar). It must never
 * repeat or be guessable, or an injected script could carry it.
 */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** Headers every response carries besides its CSP. */
export const HARDENING_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
