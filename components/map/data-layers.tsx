'use client';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo } from 'react';
import { LayerGroup, LayersControl, useMap } from 'react-leaflet';
import { useReportedData } from '@/components/data/use-data-file';
import { type EmbedData, isBulkLayer } from '@/lib/bulk-points';
import { type Comparison, withComparison } from '@/lib/compare';
import { looksOn } from '@/lib/map-data';
import type { PlaceLook, Theme } from '@/lib/styles';
import type { MapHandlers } from './map-view';
import { PlaceLayer } from './place-layer';
import { UncertaintyCircles } from './uncertainty-circles';
import { useLocale } from 'next-intl';
import { layerTitle } from '@/lib/i18n';

/**
 * Layers of thousands of points come in bulk form (lib/bulk-points.ts), drawn by their own canvas
 * layer and spatial index: loaded only when the data has such a layer, which most maps never do.
 */
const BulkLayer = lazy(() => import('./bulk-layer').then((m) => ({ default: m.BulkLayer })));

interface DataLayersProps {
  data: EmbedData;
  /** Ids of the layers shown. */
  visible: readonly string[];
  selected?: string;
  date: string;
  /** Compare mode's comparison (lib/compare.ts): the places that changed stand out, the others fade. */
  comparison?: Comparison;
  theme: Theme;
  /** How many of the layers to draw yet (components/map/use-in-turn.ts): the first ones. */
  drawn: number;
  /** Offer the layers in Leaflet's layers control, their parent (else only the visible ones are drawn). */
  withControl: boolean;
  onSelect: MapHandlers['onSelect'];
}

/**
 * The data layers, each styled by the places' situation on the date, in Leaflet's layers control or
 * not. On the latest date the map file says how each place looks; on any other the places' report
 * digests do, and until they are here the layers wait (drawn with the latest date's looks they
 * would show a status the date does not have). In compare mode the places that changed stand out.
 */
export function DataLayers({ data, drawn, visible, selected, date, comparison, theme, withControl, onSelect }: DataLayersProps) {
  const opening = date === data.dateRange.max;
  const locale = useLocale();
  const { value: reported } = useReportedData(data, !opening);
  const looks = useMemo<Record<string, PlaceLook> | undefined>(() => {
    const plain = reported ? looksOn(reported, date) : opening ? data.looks : undefined;
    return plain && comparison ? withComparison(plain, comparison) : plain;
  }, [reported, opening, data, date, comparison]);
  const selectOnMap = useCallback((id: string) => onSelect(id, 'map'), [onSelect]);
  useBusyUntil(drawn === data.layers.length && looks !== undefined);
  if (!looks) return null;
  const layers = data.layers.slice(0, drawn).map((layer) => {
    const content: ReactNode = isBulkLayer(layer) ? (
      // biome-ignore lint/correctness/useJsxKeyInIterable: `content` is not a list item: it is rendered below as the only child of a LayerGroup keyed by layer id.
      <Suspense fallback={null}>
        <BulkLayer layer={layer} places={data.places} selected={selected} looks={looks} theme={theme} onSelect={selectOnMap} />
      </Suspense>
    ) : (
      <>
        <PlaceLayer layer={layer} selected={selected} looks={looks} theme={theme} onSelect={selectOnMap} places={data.places} />
        <UncertaintyCircles layer={layer} theme={theme} />
      </>
    );
    return { layer, content };
  });
  if (!withControl) {
    return (
      <>
        {layers
          .filter(({ layer }) => visible.includes(layer.id))
          .map(({ layer, content }) => (
            <LayerGroup key={layer.id}>{content}</LayerGroup>
          ))}
      </>
    );
  }
  return (
    <>
      {layers.map(({ layer, content }) => (
        <LayersControl.Overlay key={layer.id} name={layerTitle(layer, locale)} checked={visible.includes(layer.id)}>
          <LayerGroup>{content}</LayerGroup>
        </LayersControl.Overlay>
      ))}
    </>
  );
}

/** The map says it is busy (aria-busy) while its data layers are still being drawn. */
function useBusyUntil(done: boolean) {
  const map = useMap();
  useEffect(
    function markBusy() {
      const container = map.getContainer();
      if (done) container.removeAttribute('aria-busy');
      else container.setAttribute('aria-busy', 'true');
    },
    [map, done],
  );
}
