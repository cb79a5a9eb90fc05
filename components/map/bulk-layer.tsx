'use client';
import { useCallback, useMemo } from 'react';
import { bulkLatLng, type BulkPointLayer } from '@/lib/bulk-points';
import type { MapPlace } from '@/lib/map-data';
import { type PlaceLook, styleFor, type Theme, uncertaintyStyle } from '@/lib/styles';
import { Circle } from 'react-leaflet';
import { BulkPoints } from './bulk-points';

interface BulkLayerProps {
  layer: BulkPointLayer;
  places: Record<string, MapPlace>;
  selected?: string;
  looks: Record<string, PlaceLook>;
  theme: Theme;
  onSelect: (id: string) => void;
}

/**
 * A layer of thousands of points (lib/bulk-points.ts) on one canvas. Points with a MapPlace may have
 * a situation of their own, and an approximate one its circle, as in an ordinary layer.
 */
export function BulkLayer({ layer, places, selected, looks, theme, onSelect }: BulkLayerProps) {
  const { points } = layer;
  const special = useMemo(() => points.ids.flatMap((id, i) => (places[id] ? [i] : [])), [points, places]);
  const selectedIndex = useMemo(() => (selected ? points.ids.indexOf(selected) : -1), [points, selected]);
  const styleAt = useCallback(
    (i: number | null, isSelected: boolean) =>
      styleFor(layer.style, null, { point: true, selected: isSelected, look: i === null ? null : (looks[points.ids[i]!] ?? null), theme }),
    [layer.style, points, looks, theme],
  );
  const onPointClick = useCallback((i: number) => onSelect(points.ids[i]!), [points, onSelect]);
  return (
    <>
      <BulkPoints
        points={points}
        layerId={layer.id}
        pane={`pane-${layer.style}`}
        styleAt={styleAt}
        special={special}
        selected={selectedIndex}
        onPointClick={onPointClick}
        styleKey={styleAt}
      />
      {special.map((i) => {
        const place = places[points.ids[i]!]!;
        if (place.precision.type !== 'approximate') return null;
        return (
          <Circle
            key={place.id}
            center={bulkLatLng(points, i)}
            radius={place.precision.radius_m}
            // Class and interactive as props, for Leaflet to read at creation (uncertainty-circles.tsx says why).
            pathOptions={uncertaintyStyle(theme)}
            interactive={false}
            className={`uncertainty uncertainty-${place.id}`}
            pane={`pane-${layer.style}`}
          />
        );
      })}
    </>
  );
}
