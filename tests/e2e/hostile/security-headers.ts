/**
 * The security headers every answer carries (routes.json `securityHeaders`): CSP with
 * frame-ancestors, nosniff, Referrer-Policy, and X-Frame-Options except on /embed, which any
 * site may frame.
 */
import type { APIRequestContext } from '@playwright/test';
import type { HeaderRoute } from './corpus-data';

/** What is wrong with a response's security headers. */
function headerProblems(h: Record<string, string>, frameable: boolean): string[] {
  const problems: string[] = [];
  const csp = h['content-security-policy'];
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(csp)?.[1]?.trim();
    if (ancestors === undefined) problems.push('Content-Security-Policy without frame-ancestors');
    else if (frameable ? !(process.env.FRAME_ANCESTORS ? ancestors !== "'self'" : ancestors === '*') : ancestors !== "'self'") {
      problems.push(`frame-ancestors ${ancestors} (expected ${frameable ? '*' : "'self'"})`);
    }
  }
  if (h['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options: ${h['x-content-type-options'] ?? '(missing)'}`);
  if (!h['referrer-policy']) problems.push('no Referrer-Policy');
  const xfo = h['x-frame-options'];
  if (frameable && xfo !== undefined) problems.push(`X-Frame-Options: ${xfo} on a frameable page`);
  if (!frameable && xfo?.toUpperCase() !== 'SAMEORIGIN') problems.push(`X-Frame-Options: ${xfo ?? '(missing)'}`);
  return problems;
}

/** Requests each route ({origin} filled in with `origin`); returns a line per failing route, and how many were checked. */
export async function checkSecurityHeaders(
  request: APIRequestContext,
  list: HeaderRoute[],
  origin: string,
): Promise<{ failures: string[]; checked: number }> {
  const failures: string[] = [];
  let checked = 0;
  for (const r of list) {
    const url = r.path.replaceAll('{origin}', encodeURIComponent(origin));
    const method = r.method ?? 'GET';
    const res = await request.fetch(url, { method, failOnStatusCode: false, maxRedirects: 0 });
    checked++;
    const problems = headerProblems(res.headers(), r.frameable === true);
    // oEmbed's 501 for format=xml is documented; any other 5xx is a fault of its own.
    if (res.status() >= 500 && !(res.status() === 501 && url.startsWith('/api/oembed'))) problems.push(`answered ${res.status()}`);
    if (problems.length) failures.push(`${method} ${url} (${res.status()}): ${problems.join('; ')}`);
  }
  return { failures, checked };
}
