'use client';
import type { LatLngExpression } from 'leaflet';
import { Circle } from 'react-leaflet';
import type { MapLayer } from '@/lib/map-data';
import { anchorOf } from '@/lib/place-geometry';
import { type Theme, uncertaintyStyle } from '@/lib/styles';

interface UncertaintyCircleProps {
  id: string;
  center: LatLngExpression;
  radius: number;
  pane: string;
  theme: Theme;
}

/**
 * A dashed circle around a site whose position is approximate. Its style, class and
 * non-interactivity are options Leaflet reads when it makes the path, so they are given at creation
 * (and the key remakes it for the other theme): react-leaflet's `pathOptions` are applied with
 * `setStyle` after the layer is made, and a path Leaflet had already put on the map then kept no
 * class and took clicks meant for the place beneath it (seen in about 1 of 20 dark embeds).
 */
export function UncertaintyCircle({ id, center, radius, pane, theme }: UncertaintyCircleProps) {
  return (
    <Circle
      key={theme}
      center={center}
      radius={radius}
      {...uncertaintyStyle(theme)}
      interactive={false}
      className={`uncertainty uncertainty-${id}`}
      pane={pane}
    />
  );
}

/** Dashed circles around the sites of a layer whose position is approximate. */
export function UncertaintyCircles({ layer, theme }: { layer: MapLayer; theme: Theme }) {
  return (
    <>
      {layer.collection.features.map((f) =>
        f.geometry.type === 'Point' && f.properties.precision.type === 'approximate' ? (
          <UncertaintyCircle
            key={f.id}
            id={f.id}
            center={anchorOf(f)}
            radius={f.properties.precision.radius_m}
            pane={`pane-${layer.style}`}
            theme={theme}
          />
        ) : null,
      )}
    </>
  );
}
