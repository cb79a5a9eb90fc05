'use client';
import { useMemo, useState } from 'react';
import { CircleMarker, GeoJSON, Pane, Tooltip, useMapEvents } from 'react-leaflet';
import type { MapData } from '@/lib/map-data';
import { BASE_PANE_Z, maxRankAt } from '@/lib/map-settings';
import { baseStyles, type Theme } from '@/lib/styles';

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The base map shipped with the app, drawn under the data layers and above any tiles, so that the
 * map stays readable with no tile server: the state border, region outlines, the river and labels.
 * Nothing here is interactive. In the dark theme: a dark fill, light lines and labels.
 */
export function OfflineBase({ data, theme }: { data: MapData; theme: Theme }) {
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const maxRank = maxRankAt(zoom ?? map.getZoom());
  const style = baseStyles(theme);
  const outlines = useMemo(() => {
    const regions = data.layers.find((l) => l.style === 'region')?.collection.features.filter((f) => f.id !== 'donbas') ?? [];
    const river = data.layers.find((l) => l.style === 'river')?.collection.features ?? [];
    const borders = data.base.features.filter((f) => f.properties.kind === 'country-border');
    return { regions, river, borders };
  }, [data]);
  const labels = data.base.features.filter((f) => f.geometry.type === 'Point' && f.properties.kind !== 'country-border' && f.properties.rank <= maxRank);
  return (
    <Pane name="pane-base" style={{ zIndex: BASE_PANE_Z }}>
      <GeoJSON data={collection(outlines.regions)} style={style.region} interactive={false} />
      <GeoJSON data={collection(outlines.borders)} style={style.border} interactive={false} />
      <GeoJSON data={collection(outlines.river)} style={style.river} interactive={false} />
      {labels.map((f, i) => {
        const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const town = f.properties.kind === 'town-label';
        return (
          <CircleMarker
            key={`${f.properties.name}-${i}`}
            center={[lat, lng]}
            radius={town ? 2.5 : 0}
            pathOptions={{ ...style.town, interactive: false }}
            pane="pane-base"
          >
            <Tooltip
              permanent
              direction={town ? 'right' : 'center'}
              offset={town ? [4, 0] : [0, 0]}
              className={`base-label base-label-${f.properties.kind} base-label-rank-${f.properties.rank}`}
            >
              {f.properties.name}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </Pane>
  );
}
