import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { MapApp } from '@/components/map/map-app';
import { getMapData } from '@/lib/data';
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

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const data = getMapData();
  const state = parseUrlState(await searchParams, { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange });
  return <MapApp data={data} initial={state} tiles={tileConfig()} />;
}
