'use client';
import L from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { MapFeatureProperties, MapLayer } from '@/lib/map-data';
import { type PlaceLook, styleFor, type Theme } from '@/lib/styles';
import { bindPlace } from './bind-place';

interface PlaceLayerProps {
  layer: MapLayer;
  selected?: string;
  /** How each place looks on the chosen date (lib/map-data.ts lookOf). */
  looks: Record<string, PlaceLook>;
  onSelect: (id: string) => void;
  theme: Theme;
}

/** One data layer drawn with the style table; each place wired by bindPlace (class, label, keyboard). */
export function PlaceLayer({ layer, selected, looks, onSelect, theme }: PlaceLayerProps) {
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const style = useCallback(
    (feature?: GeoJSON.Feature) =>
      styleFor(layer.style, null, {
        point: feature?.geometry.type === 'Point',
        selected: feature?.id === selected,
        look: feature ? (looks[String(feature.id)] ?? null) : null,
        theme,
      }),
    [layer.style, selected, looks, theme],
  );

  const pointToLayer = useCallback(
    (feature: GeoJSON.Feature, latlng: L.LatLng) => L.circleMarker(latlng, { ...style(feature), pane: `pane-${layer.style}` }),
    [layer.style, style],
  );

  const onEachFeature = useCallback((feature: GeoJSON.Feature<GeoJSON.Geometry, MapFeatureProperties>, leafletLayer: L.Layer) => {
    bindPlace(leafletLayer as L.Path, String(feature.id), feature.properties, (id) => onSelectRef.current(id));
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
