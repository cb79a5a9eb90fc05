'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Credits every data source once, whichever layers are on (Leaflet dedupes identical strings only). */
export function DataAttribution({ html }: { html: string[] }) {
  const map = useMap();
  useEffect(
    function addCredits() {
      const control = map.attributionControl;
      for (const h of html) control?.addAttribution(h);
      return function removeCredits() {
        for (const h of html) control?.removeAttribution(h);
      };
    },
    [map, html],
  );
  return null;
}
