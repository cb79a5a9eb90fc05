import { type Dispatch, type SetStateAction, useMemo } from 'react';
import type { MapHandlers, MapSettings } from '@/components/map/map-view';
import { useColorScheme } from '@/components/map/use-media-query';
import type { EmbedConfig } from '@/lib/embed-config';
import type { UrlState } from '@/lib/url-state';

/**
 * The map's settings and handlers in a frame (components/map/map-view.tsx): compact, with pop-ups,
 * in the frame's theme (`auto` follows the reader's system), its controls as the options say; what
 * the map tells the frame goes into the frame's own state, not the host page's address.
 * @param fullMapHref the full map's link for the frame's state: "All reporting" goes there when the frame has no panel (`panel=0`)
 */
export function useEmbedMap(
  config: EmbedConfig,
  fullMapHref: string,
  select: MapHandlers['onSelect'],
  openPanel: MapHandlers['onOpenPanel'],
  setState: Dispatch<SetStateAction<UrlState>>,
): { settings: MapSettings; handlers: MapHandlers } {
  const { options } = config;
  const handlers = useMemo<MapHandlers>(
    () => ({
      onSelect: select,
      onOpenPanel: openPanel,
      // The full-map link frames the place itself: the frame's own view is not carried over.
      onView: () => {},
      onLayers: (layers) => setState((prev) => ({ ...prev, layers })),
      onBase: (base) => setState((prev) => ({ ...prev, ...base })),
    }),
    [select, openPanel, setState],
  );
  const systemTheme = useColorScheme();
  const theme = options.theme === 'auto' ? systemTheme : options.theme;
  const settings = useMemo<MapSettings>(
    () => ({
      tiles: config.tiles,
      theme,
      controls: options.controls,
      popups: true,
      compact: true,
      allReportingHref: options.panel ? undefined : fullMapHref,
    }),
    [config.tiles, theme, options.controls, options.panel, fullMapHref],
  );
  return { settings, handlers };
}
