import { MapApp } from '@/components/map/map-app';
import { PlaceList } from '@/components/places/place-list';
import { getMapData } from '@/lib/data';
import { tileConfig } from '@/lib/tiles';
import { parseUrlState } from '@/lib/url-state';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const data = getMapData();
  const state = parseUrlState(await searchParams, { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange });
  return (
    <MapApp data={data} initial={state} tiles={tileConfig()}>
      <PlaceList data={data} selected={state.place} date={state.date ?? data.dateRange.max} />
    </MapApp>
  );
}
