/**
 * Security headers for every response except /embed (which sets its own, frameable policy), read
 * at run time so the Content-Security-Policy allows the configured tile server. Also marks the
 * embed's hashed bundles immutable. See README "Security headers".
 */
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, HARDENING_HEADERS } from '@/lib/security-headers';
import { tileConfig } from '@/lib/tiles';

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const { pathname } = request.nextUrl;
  if (pathname === '/embed') return response;
  response.headers.set('Content-Security-Policy', contentSecurityPolicy({ frameAncestors: "'self'", inlineScripts: true, tileUrl: tileConfig().url }));
  response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  for (const [name, value] of Object.entries(HARDENING_HEADERS)) response.headers.set(name, value);
  if (/^\/_embed\/embed\.[A-Z0-9]+\.(js|css)$/.test(pathname)) response.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  return response;
}

export const config = {
  matcher: ['/((?!embed$).*)'],
};
