import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { MapApp } from '@/components/map/map-app';
import { PlaceList } from '@/components/places/place-list';
import { getDataManifest, getMapData, getPlaceReporting } from '@/lib/data';
import { shellOf } from '@/lib/map-data';
import { tileConfig } from '@/lib/tiles';
import { originFromHeaders } from '@/lib/site';
import { parseUrlState, serializeUrlState } from '@/lib/url-state';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Per-state title, and the oEmbed discovery link for the current state. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const data = getMapData();
  const layers = data.layers.map((l) => l.id);
  const state = parseUrlState(await searchParams, { places: data.placeOrder, layers, dateRange: data.dateRange });
  const origin = originFromHeaders(await headers(), 'http://localhost/');
  const qs = serializeUrlState(state, layers);
  const pageUrl = `${origin}/${qs ? `?${qs}` : ''}`;
  const place = state.place ? data.places[state.place] : undefined;
  return {
    metadataBase: new URL(origin),
    ...(place ? { title: `${place.name}: what was reported · Front-line map` } : {}),
    alternates: { types: { 'application/json+oembed': `${origin}/api/oembed?format=json&url=${encodeURIComponent(pageUrl)}` } },
  };
}

/**
 * The map page. The map's data reaches the browser as the build's shared, content-hashed data file,
 * not in this page: the page carries what a reader sees before the script runs, the place list
 * (rendered here, as a server component) and the selected place's reporting.
 */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const data = getMapData();
  const state = parseUrlState(await searchParams, { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange });
  const selected = state.place ? data.places[state.place] : undefined;
  const reporting = state.place ? getPlaceReporting(state.place) : undefined;
  const seed = selected && reporting ? { [selected.reporting]: reporting } : {};
  const dataUrl = getDataManifest().map;
  // Asked for while the page's scripts load (a <link rel="preload"> in the head), and shared with every embed.
  preload(dataUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <MapApp shell={shellOf(data, dataUrl)} initial={state} tiles={tileConfig()} seed={seed}>
      <PlaceList data={data} selected={state.place} date={state.date ?? data.dateRange.max} />
    </MapApp>
  );
}
