'use client';
import { Circle } from 'react-leaflet';
import type { MapLayer } from '@/lib/map-data';
import { anchorOf } from '@/lib/place-geometry';
import { type Theme, uncertaintyStyle } from '@/lib/styles';

/**
 * Dashed circles around sites whose position is approximate. The class and `interactive` are the
 * circle's own props, which Leaflet reads when it makes the path: react-leaflet applies
 * `pathOptions` with setStyle after the layer is made, and a circle added to a group already on the
 * map had then been made without its class and taking clicks meant for the place beneath (about 1
 * dark embed in 20). Its colours, which setStyle does change, follow the theme from pathOptions.
 */
export function UncertaintyCircles({ layer, theme }: { layer: MapLayer; theme: Theme }) {
  return (
    <>
      {layer.collection.features.map((f) =>
        f.geometry.type === 'Point' && f.properties.precision.type === 'approximate' ? (
          <Circle
            key={f.id}
            center={anchorOf(f)}
            radius={f.properties.precision.radius_m}
            pathOptions={uncertaintyStyle(theme)}
            interactive={false}
            className={`uncertainty uncertainty-${f.id}`}
            pane={`pane-${layer.style}`}
          />
        ) : null,
      )}
    </>
  );
}
