'use client';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from 'next-intl';
import { CircleMarker, GeoJSON, Pane, useMapEvents } from 'react-leaflet';
import { type EmbedData, isBulkLayer } from '@/lib/bulk-points';
import { BASE_LABELS_PANE_Z, BASE_PANE_Z, maxRankAt } from '@/lib/map-settings';
import { baseStyles, type Theme } from '@/lib/styles';
import { afterFirstFrame } from './after-first-frame';
import { BaseLabel } from './base-label';

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The base map shipped with the app, drawn under the data layers and above any tiles, so that the
 * map stays readable with no tile server: the state border, region outlines, the river and labels.
 * Nothing here is interactive. In the dark theme: a dark fill, light lines and labels. The labels
 * (base-label.tsx) come after the first frame (after-first-frame.ts), in the reader's language
 * where the base has the name in it.
 */

interface OfflineBaseProps {
  data: EmbedData;
  theme: Theme;
  /** Whether the data layers are all drawn (components/map/use-in-turn.ts): the names come after them. */
  layersDrawn: boolean;
}

export function OfflineBase({ data, theme, layersDrawn }: OfflineBaseProps) {
  const locale = useLocale();
  const [zoom, setZoom] = useState<number | null>(null);
  // The first frames show the outlines and the data; the names come in the task after the data's.
  const [labelsReady, setLabelsReady] = useState(false);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const maxRank = maxRankAt(zoom ?? map.getZoom());
  const style = baseStyles(theme);
  const outlines = useMemo(() => {
    const features = (style: string) => data.layers.find((l) => l.style === style && !isBulkLayer(l));
    const regions =
      (features('region') as { collection?: { features: GeoJSON.Feature[] } } | undefined)?.collection?.features.filter(
        (f) => f.id !== 'donbas',
      ) ?? [];
    const river = (features('river') as { collection?: { features: GeoJSON.Feature[] } } | undefined)?.collection?.features ?? [];
    const borders = data.base.features.filter((f) => f.properties.kind === 'country-border');
    return { regions, river, borders };
  }, [data]);
  const labels = useMemo(
    () =>
      data.base.features.flatMap((f) => {
        if (f.geometry.type !== 'Point' || f.properties.kind === 'country-border' || f.properties.rank > maxRank) return [];
        const [lng, lat] = f.geometry.coordinates as [number, number];
        return [{ ...f.properties, center: [lat, lng] as [number, number] }];
      }),
    [data, maxRank],
  );
  useEffect(() => (layersDrawn ? afterFirstFrame(() => setLabelsReady(true)) : undefined), [layersDrawn]);
  const shown = labelsReady ? labels : [];
  const key = (label: (typeof labels)[number]) => `${label.name}-${label.center.join(',')}`;
  return (
    <>
      <Pane name="pane-base" style={{ zIndex: BASE_PANE_Z }}>
        <GeoJSON data={collection(outlines.regions)} style={style.region} interactive={false} />
        <GeoJSON data={collection(outlines.borders)} style={style.border} interactive={false} />
        <GeoJSON data={collection(outlines.river)} style={style.river} interactive={false} />
        {/* A town's dot (regions and countries have none), styled as Leaflet makes it: given as
            pathOptions, react-leaflet styles every path again once it is on the map (one task
            spent a third of its time on that). Another theme makes the dots anew (the key). */}
        {shown
          .filter((label) => label.kind === 'town-label')
          .map((label) => (
            <CircleMarker
              key={`${key(label)}-${theme}`}
              center={label.center}
              radius={2.5}
              {...style.town}
              interactive={false}
              className="base-town-dot"
            />
          ))}
      </Pane>
      <Pane name="pane-base-labels" style={{ zIndex: BASE_LABELS_PANE_Z }}>
        {shown.map((label) => (
          <BaseLabel
            key={key(label)}
            name={(locale === 'uk' && label.name_uk) || label.name}
            kind={label.kind}
            rank={label.rank}
            center={label.center}
          />
        ))}
      </Pane>
    </>
  );
}
