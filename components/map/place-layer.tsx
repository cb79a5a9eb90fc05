'use client';
import L from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { MapLayer } from '@/lib/map-data';
import type { PlaceProperties, Status } from '@/lib/schemas';
import { styleFor } from '@/lib/styles';

interface PlaceLayerProps {
  layer: MapLayer;
  selected?: string;
  /** Each place's status on the chosen date (null: none reported yet). */
  statuses: Record<string, Status | null>;
  onSelect: (id: string) => void;
}

type PlaceLeafletLayer = L.Path & { feature?: GeoJSON.Feature<GeoJSON.Geometry, PlaceProperties> };

/**
 * One data layer drawn with the style table. Each feature's element gets the class
 * `place-<id>` and is made keyboard-reachable (Leaflet leaves paths unfocusable, Leaflet#7822):
 * tabindex, role and name, and Enter or Space opens its reporting.
 */
export function PlaceLayer({ layer, selected, statuses, onSelect }: PlaceLayerProps) {
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const style = useCallback(
    (feature?: GeoJSON.Feature) =>
      styleFor(layer.style, null, {
        point: feature?.geometry.type === 'Point',
        selected: feature?.id === selected,
        status: feature ? statuses[String(feature.id)] ?? null : null,
      }),
    [layer.style, selected, statuses],
  );

  const pointToLayer = useCallback(
    (feature: GeoJSON.Feature, latlng: L.LatLng) => L.circleMarker(latlng, { ...style(feature), pane: `pane-${layer.style}` }),
    [layer.style, style],
  );

  const onEachFeature = useCallback((feature: GeoJSON.Feature<GeoJSON.Geometry, PlaceProperties>, leafletLayer: L.Layer) => {
    const id = String(feature.id);
    const name = feature.properties.name;
    const path = leafletLayer as PlaceLeafletLayer;
    path.on('click', (e: L.LeafletMouseEvent) => {
      L.DomEvent.stopPropagation(e);
      onSelectRef.current(id);
    });
    if (feature.properties.kind === 'city') {
      path.bindTooltip(name, { permanent: true, direction: 'right', offset: [8, 0], className: 'place-label', interactive: false });
    } else {
      path.bindTooltip(name, { direction: 'top', className: 'place-hover-label' });
    }
    path.on('add', function makeReachable() {
      const el = path.getElement() as SVGElement | undefined;
      if (!el || el.dataset.placeId) return;
      el.classList.add(`place-${id}`);
      el.dataset.placeId = id;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', `${name}: show what was reported`);
      el.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          onSelectRef.current(id);
        }
      });
    });
  }, []);

  return (
    <GeoJSON
      key={layer.id}
      data={layer.collection}
      style={style}
      pointToLayer={pointToLayer}
      onEachFeature={onEachFeature}
      pane={`pane-${layer.style}`}
    />
  );
}
