'use client';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from 'next-intl';
import { CircleMarker, GeoJSON, Pane, Tooltip, useMapEvents } from 'react-leaflet';
import { type EmbedData, isBulkLayer } from '@/lib/bulk-points';
import { BASE_PANE_Z, maxRankAt } from '@/lib/map-settings';
import { baseStyles, type Theme } from '@/lib/styles';
import { afterFirstFrame } from './after-first-frame';

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The base map shipped with the app, drawn under the data layers and above any tiles, so that the
 * map stays readable with no tile server: the state border, region outlines, the river and labels.
 * Nothing here is interactive. In the dark theme: a dark fill, light lines and labels. The labels
 * come after the first frame (after-first-frame.ts), a few per frame (LABEL_BATCH), in the reader's
 * language where the base has the name in it.
 */
/**
 * Labels added per frame. Leaflet places each label by measuring it, a forced layout per label: the
 * 17 of the embed's first view in one task made one of the longest tasks of its start-up (a long
 * task holds back a reader's tap for its whole length). In frames of six, three shorter tasks.
 */
const LABEL_BATCH = 6;

export function OfflineBase({ data, theme }: { data: EmbedData; theme: Theme }) {
  const locale = useLocale();
  const [zoom, setZoom] = useState<number | null>(null);
  // How many of the labels are on the map: none in the first frame, then LABEL_BATCH more after each.
  const [labelsShown, setLabelsShown] = useState(0);
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
  useEffect(() => {
    if (labelsShown < labels.length) return afterFirstFrame(() => setLabelsShown((shown) => shown + LABEL_BATCH));
  }, [labelsShown, labels.length]);
  return (
    <Pane name="pane-base" style={{ zIndex: BASE_PANE_Z }}>
      <GeoJSON data={collection(outlines.regions)} style={style.region} interactive={false} />
      <GeoJSON data={collection(outlines.borders)} style={style.border} interactive={false} />
      <GeoJSON data={collection(outlines.river)} style={style.river} interactive={false} />
      {labels.slice(0, labelsShown).map((label) => {
        const town = label.kind === 'town-label';
        return (
          <CircleMarker
            key={`${label.name}-${label.center.join(',')}`}
            center={label.center}
            radius={town ? 2.5 : 0}
            pathOptions={{ ...style.town, interactive: false }}
            pane="pane-base"
          >
            <Tooltip
              permanent
              direction={town ? 'right' : 'center'}
              offset={town ? [4, 0] : [0, 0]}
              className={`base-label base-label-${label.kind} base-label-rank-${label.rank}`}
            >
              {(locale === 'uk' && label.name_uk) || label.name}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </Pane>
  );
}
