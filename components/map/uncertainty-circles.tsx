'use client';
import { Circle } from 'react-leaflet';
import type { MapLayer } from '@/lib/map-data';
import { anchorOf } from '@/lib/place-geometry';
import { type Theme, uncertaintyStyle } from '@/lib/styles';

/** Dashed circles around sites whose position is approximate. */
export function UncertaintyCircles({ layer, theme }: { layer: MapLayer; theme: Theme }) {
  return (
    <>
      {layer.collection.features.map((f) =>
        f.geometry.type === 'Point' && f.properties.precision.type === 'approximate' ? (
          <Circle
            key={f.id}
            center={anchorOf(f)}
            radius={f.properties.precision.radius_m}
            pathOptions={{ ...uncertaintyStyle(theme), interactive: false, className: `uncertainty uncertainty-${f.id}` }}
            pane={`pane-${layer.style}`}
          />
        ) : null,
      )}
    </>
  );
}
