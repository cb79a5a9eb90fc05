import type { Metadata } from 'next';
import { MapPage, mapPageMetadata } from '@/components/map/map-page';
import { type LocaleParams, pageLocale } from '@/lib/page-locale';

/**
 * Prerendered at build, the same bytes for every reader: the page depends only on the data, which
 * changes only with a deploy. So a CDN or nginx may keep it, and its inline scripts are allowed by
 * hash (proxy.ts), not by a nonce made per response. The view's state (place, date, layers, view)
 * is in the URL's query, which the browser reads (components/map/use-url-state.ts); a reader
 * without JavaScript follows the list's links to each place's own page, /places/{id}. At a story
 * step (`?story=`) proxy.ts serves that step's own prerendered page (./stories/[story]/[step]).
 * 'error': the build fails if this page ever reads the request (headers, cookies, searchParams).
 */
export const dynamic = 'error';

export const metadata: Metadata = mapPageMetadata();

/** The map page (components/map/map-page.tsx). */
export default async function HomePage({ params }: { params: LocaleParams }) {
  return <MapPage locale={await pageLocale(params)} />;
}
