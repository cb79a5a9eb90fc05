/**
 * Security headers for every response except /embed (which sets its own, frameable policy), read
 * at run time so the Content-Security-Policy allows the configured tile server. Also marks the
 * embed's hashed bundles immutable. See README "Security headers".
 */
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, HARDENING_HEADERS } from '@/lib/security-headers';
import { tileConfig } from '@/lib/tiles';

/** Pages change only with a deploy: a CDN may keep them for minutes and serve them stale while it refreshes. */
const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const { pathname } = request.nextUrl;
  if (pathname === '/embed') return response;
  response.headers.set('Content-Security-Policy', contentSecurityPolicy({ frameAncestors: "'self'", inlineScripts: true, tileUrl: tileConfig().url }));
  response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  for (const [name, value] of Object.entries(HARDENING_HEADERS)) response.headers.set(name, value);
  if (/^\/_embed\/[\w-]+\.[A-Z0-9]+\.(js|css|png)$/.test(pathname)) response.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  else if (pathname === '/embed.js') response.headers.set('Cache-Control', 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
  else if (pathname === '/' || pathname === '/about') response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
  return response;
}

export const config = {
  matcher: ['/((?!embed$).*)'],
};
