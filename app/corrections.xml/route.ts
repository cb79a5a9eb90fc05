import { correctionsAtom } from '@/lib/corrections-feed';
import { getData, getDataVersion } from '@/lib/data';
import { cacheableResponse } from '@/lib/http';
import { originFromHeaders, originVary } from '@/lib/site';

/**
 * GET /corrections.xml: the corrections log as an Atom feed (lib/corrections-feed.ts). Atom wants
 * absolute links, so the feed names the site's origin as /embed and oEmbed do: SITE_URL, or the
 * request's Host (then varying on it, for shared caches). Cheap: a few kilobytes of XML.
 */
export function GET(request: Request) {
  const response = cacheableResponse(
    correctionsAtom(getData().corrections, originFromHeaders(request.headers, request.url), getDataVersion().date),
    'application/atom+xml; charset=utf-8',
  );
  const vary = originVary();
  if (vary) response.headers.set('Vary', vary);
  return response;
}
