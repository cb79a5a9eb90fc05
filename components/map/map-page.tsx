import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { LanguageDoor } from '@/components/i18n/language-door';
import { PageMessages } from '@/components/i18n/page-messages';
import { FIRST_PLACES_PER_LAYER } from '@/components/places/place-list';
import { getDataManifest, getDataVersion, getMapData, getPlaceReporting, getStories } from '@/lib/data';
import type { Locale } from '@/lib/i18n';
import { type MapPlace, shellOf } from '@/lib/map-data';
import { placeListing } from '@/lib/place-listing';
import type { Stories } from '@/lib/stories';
import { oembedDiscoveryUrl } from '@/lib/oembed';
import { configuredOrigin } from '@/lib/site';
import { type StoryPlaces, storyAt, storyStepCounts } from '@/lib/story-steps';
import { tileConfig } from '@/lib/tiles';
import { parseUrlState } from '@/lib/url-state';
import { MapApp } from './map-app';

/** The places the stories' steps name (lib/story-steps.ts StoryPlaces). */
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
 * oEmbed discovery for the map, when SITE_URL gives the public origin at build time (a prerendered
 * page cannot read it from the request). A view's own oEmbed URL is in the share dialog, and each
 * place's page announces the map opened at that place.
 */
export function mapPageMetadata(): Metadata {
  const origin = configuredOrigin();
  if (!origin) return {};
  return { alternates: { types: { 'application/json+oembed': oembedDiscoveryUrl(origin, `${origin}/`) } } };
}

interface MapPageProps {
  locale: Locale;
  /** The story step the page opens at (a story step's own page, lib/story-pages.ts), or none: the map's page. */
  story?: { id: string; step: number };
}

/**
 * The map page, prerendered: `/` and, for each story step, the page proxy.ts serves at
 * `/?story=…&step=…`. The map's data reaches the browser as the build's shared, content-hashed
 * data file, not in this page: the page carries what a reader sees before the script runs, the
 * place list (for the latest reporting date; the first places of each layer, and a link to
 * /places for the rest, so that the page does not grow with the data) and, at a story step, the
 * step's panel with its quote (its place's reporting is given to the page's data seed).
 */
export function MapPage({ locale, story }: MapPageProps) {
  const data = getMapData();
  const dataUrl = getDataManifest().map;
  // Asked for while the page's scripts load (a <link rel="preload"> in the head), and shared with every embed.
  preload(dataUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  // The place list needs the report digests at once (components/map/map-app.tsx): asked for beside it.
  preload(data.digests, { as: 'fetch', crossOrigin: 'anonymous' });
  const stories = getStories();
  // The state of the page's URL as the browser will read it: the map's with no query, or the step's.
  const query = story ? { story: story.id, step: String(story.step) } : {};
  const initial = parseUrlState(query, { places: [], layers: [], dateRange: data.dateRange, stories: storyStepCounts(stories) });
  const at = storyAt(stories, initial);
  // The step's place's reporting, for the panel's quote in this page's HTML.
  const place = at && data.places[at.step.places[0]!];
  const reporting = place && getPlaceReporting(place.id);
  return (
    <PageMessages page="map" locale={locale}>
      {locale === 'en' && <LanguageDoor />}
      <MapApp
        shell={shellOf(data, dataUrl)}
        initial={initial}
        tiles={tileConfig()}
        version={getDataVersion()}
        stories={stories}
        storyPlaces={storyPlaces(stories, data.places)}
        seed={place && reporting ? { [place.reporting]: reporting } : undefined}
        listSeed={placeListing(data, FIRST_PLACES_PER_LAYER)}
      />
    </PageMessages>
  );
}
