'use client';
import { useWords } from '@/components/i18n/use-words';
import { LayerGroup, LayersControl, TileLayer, useMapEvents } from 'react-leaflet';
import { type BaseMap, baseMapsOf, chosenBaseMap, tileCreditHtml } from '@/lib/base-maps';
import { EMPTY_TILE } from '@/lib/map-settings';
import type { TileConfig, TileSource } from '@/lib/tiles';
import type { UrlState } from '@/lib/url-state';
import type { MapHandlers } from './map-view';

interface BaseLayersProps {
  tiles: TileConfig;
  state: Pick<UrlState, 'tiles' | 'base'>;
  /** Offer the base maps in Leaflet's layers control (its parent); else only the chosen one is drawn. */
  withControl: boolean;
  onBase: MapHandlers['onBase'];
}

function SourceTiles({ source }: { source: TileSource }) {
  // Leaflet's attribution control adds the credit with the layer and takes it away with it.
  return <TileLayer url={source.url} attribution={tileCreditHtml(source)} errorTileUrl={EMPTY_TILE} maxZoom={19} crossOrigin="" />;
}

/** Reports the switcher's choice, so that the URL can follow. */
function BaseEvents({ maps, onBase }: { maps: readonly BaseMap[]; onBase: BaseLayersProps['onBase'] }) {
  useMapEvents({
    baselayerchange(e) {
      const chosen = maps.find((b) => b.name === e.name);
      if (chosen) onBase(chosen.state);
    },
  });
  return null;
}

/**
 * The base map from tiles, over the offline base (drawn under every choice): in the layers
 * control's radio group, the offline base first, or, without the control, the chosen one alone.
 */
export function BaseLayers({ tiles, state, withControl, onBase }: BaseLayersProps) {
  const maps = baseMapsOf(useWords(), tiles);
  const chosen = chosenBaseMap(maps, state);
  if (!withControl || maps.length < 2) return chosen.source ? <SourceTiles source={chosen.source} /> : null;
  return (
    <>
      {maps.map((b) => (
        <LayersControl.BaseLayer key={b.name} name={b.name} checked={b === chosen}>
          {b.source ? <SourceTiles source={b.source} /> : <LayerGroup />}
        </LayersControl.BaseLayer>
      ))}
      <BaseEvents maps={maps} onBase={onBase} />
    </>
  );
}
