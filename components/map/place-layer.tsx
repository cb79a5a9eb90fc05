'use client';
import * as L from 'leaflet';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import { useWords } from '@/components/i18n/use-words';
import { localName } from '@/lib/i18n';
import type { MapFeatureProperties, MapLayer, MapPlace } from '@/lib/map-data';
import { type PlaceLook, styleFor, type Theme } from '@/lib/styles';
import { bindPlace } from './bind-place';

interface PlaceLayerProps {
  layer: MapLayer;
  selected?: string;
  /** How each place looks on the chosen date (lib/map-data.ts lookOf). */
  looks: Record<string, PlaceLook>;
  onSelect: (id: string) => void;
  theme: Theme;
  /** The places, for their names in the reader's language (a feature carries the English one only). */
  places?: Readonly<Record<string, Pick<MapPlace, 'name' | 'name_uk'>>>;
}

/** One data layer drawn with the style table; each place wired by bindPlace (class, label, keyboard). */
export function PlaceLayer({ layer, selected, looks, onSelect, theme, places }: PlaceLayerProps) {
  const t = useTranslations('MapView');
  const { locale } = useWords();
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

  // Read once per feature, when the layer is made: a new language makes a new layer (its key).
  const onEachFeature = useCallback(
    (feature: GeoJSON.Feature<GeoJSON.Geometry, MapFeatureProperties>, leafletLayer: L.Layer) => {
      const id = String(feature.id);
      const place = places?.[id];
      const name = place ? localName(place, locale) : feature.properties.name;
      const wording = { kind: feature.properties.kind, name, label: t('placeLabel', { place: name }) };
      bindPlace(leafletLayer as L.Path, id, wording, (chosen) => onSelectRef.current(chosen));
    },
    [places, locale, t],
  );

  return (
    <GeoJSON
      key={`${layer.id}-${locale}`}
      data={layer.collection}
      style={style}
      pointToLayer={pointToLayer}
      onEachFeature={onEachFeature}
      pane={`pane-${layer.style}`}
    />
  );
}
