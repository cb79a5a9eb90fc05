import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { LanguageDoor } from '@/components/i18n/language-door';
import { MapApp } from '@/components/map/map-app';
import type { StoryPlaces } from '@/components/story/use-early-quote';
import { FIRST_PLACES_PER_LAYER, PlaceList } from '@/components/places/place-list';
import { getDataManifest, getDataVersion, getMapData, getStories } from '@/lib/data';
import { type MapPlace, shellOf } from '@/lib/map-data';
import type { Stories } from '@/lib/stories';
import { oembedDiscoveryUrl } from '@/lib/oembed';
import { configuredOrigin } from '@/lib/site';
import { tileConfig } from '@/lib/tiles';
import { parseUrlState } from '@/lib/url-state';
import { type LocaleParams, pageLocale } from '@/lib/page-locale';

/**
 * Prerendered at build, the same bytes for every reader: the page depends only on the data, which
 * changes only with a deploy. So a CDN or nginx may keep it, and its inline scripts are allowed by
 * hash (proxy.ts), not by a nonce made per response. The view's state (place, date, layers, view)
 * is in the URL's query, which the browser reads (components/map/use-url-state.ts); a reader
 * without JavaScript follows the list's links to each place's own page, /places/{id}.
 * 'error': the build fails if this page ever reads the request (headers, cookies, searchParams).
 */
export const dynamic = 'error';

/**
 * oEmbed discovery for the map, when SITE_URL gives the public origin at build time (a prerendered
 * page cannot read it from the request). A view's own oEmbed URL is in the share dialog, and each
 * place's page announces the map opened at that place.
 */
function oembedDiscovery(): Metadata['alternates'] {
  const origin = configuredOrigin();
  if (!origin) return undefined;
  return { types: { 'application/json+oembed': oembedDiscoveryUrl(origin, `${origin}/`) } };
}

export const metadata: Metadata = { alternates: oembedDiscovery() };

/** The places the stories' steps name (components/story/use-early-quote.ts). */
function storyPlaces(stories: Stories, places: Readonly<Record<string, MapPlace>>): StoryPlaces {
  const ids = new Set(stories.flatMap((s) => s.steps.flatMap((step) => step.places)));
  return Object.fromEntries(
    [...ids].flatMap((id) => {
      const place = places[id];
      return place ? [[id, { reporting: place.reporting, name: place.name, name_uk: place.name_uk }]] : [];
    }),
  );
}

/**
 * The map page. The map's data reaches the browser as the build's shared, content-hashed data file,
 * not in this page: the page carries what a reader sees before the script runs, the place list
 * (rendered here, as a server component, for the latest reporting date; the first places of each
 * layer, and a link to /places for the rest, so that the page does not grow with the data).
 */
export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const data = getMapData();
  const dataUrl = getDataManifest().map;
  // Asked for while the page's scripts load (a <link rel="preload"> in the head), and shared with every embed.
  preload(dataUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  // The place list needs the report digests at once (components/map/map-app.tsx): asked for beside it.
  preload(data.digests, { as: 'fetch', crossOrigin: 'anonymous' });
  // The state of a URL with no query: the browser switches to its URL's own state before it paints.
  const initial = parseUrlState({}, { places: [], layers: [], dateRange: data.dateRange });
  const stories = getStories();
  return (
    <>
      {locale === 'en' && <LanguageDoor />}
      <MapApp
        shell={shellOf(data, dataUrl)}
        initial={initial}
        tiles={tileConfig()}
        version={getDataVersion()}
        stories={stories}
        storyPlaces={storyPlaces(stories, data.places)}
      >
        <PlaceList data={data} date={data.dateRange.max} limitPerLayer={FIRST_PLACES_PER_LAYER} />
      </MapApp>
    </>
  );
}
