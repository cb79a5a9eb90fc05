'use client';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ScaleControl, useMap, ZoomControl } from 'react-leaflet';

/**
 * Leaflet's own words in its controls, in the reader's language: the layers control's toggle (its
 * title is fixed in Leaflet's code, so it is set on the element) and the title of the attribution's
 * link to Leaflet (in the prefix, which the control writes again at every change of the credits, so
 * the prefix itself is changed; Leaflet's flag in it stays). The zoom buttons take theirs as
 * options (MapControls).
 */
function ControlWords() {
  const t = useTranslations('MapView');
  const map = useMap();
  const layers = t('layers');
  const leaflet = t('leaflet');
  useEffect(
    function translateControls() {
      const toggle = map.getContainer().querySelector<HTMLElement>('.leaflet-control-layers-toggle');
      if (toggle) toggle.title = layers;
      const control = map.attributionControl;
      const prefix = control?.options.prefix;
      if (control && typeof prefix === 'string') {
        control.setPrefix(prefix.replace(/title="[^"]*"/, `title="${leaflet.replaceAll('"', '&quot;')}"`));
      }
    },
    [map, layers, leaflet],
  );
  return null;
}

/**
 * The map's zoom buttons and scale where it has controls (`shown`), and Leaflet's words in the
 * reader's language. Rendered after the layers control, so that its toggle is there to be named.
 */
export function MapControls({ shown }: { shown: boolean }) {
  const t = useTranslations('MapView');
  return (
    <>
      {shown && <ZoomControl zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />}
      {shown && <ScaleControl position="bottomright" imperial metric />}
      <ControlWords />
    </>
  );
}
