'use client';
import * as L from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';

export interface BaseLabelProps {
  name: string;
  kind: string;
  rank: number;
  center: [number, number];
}

/**
 * One name of the base map (a town, a region, a country), as a marker whose icon is the name's text.
 * Not a Leaflet tooltip: a tooltip is placed by measuring it (a forced layout for each label, a
 * third of the embed's start-up once) and is in the page, with role="tooltip", before its text is
 * (react-leaflet renders a tooltip's children in a second pass). Here the text is set before the
 * marker is added, and CSS places it beside or over its point (`.base-label` in map-furniture.css),
 * so nothing is measured. Not interactive, not focusable: a name to read, like a tile's.
 */
export function BaseLabel({ name, kind, rank, center }: BaseLabelProps) {
  const icon = useMemo(() => {
    const text = document.createElement('span');
    text.className = 'base-label-text';
    text.textContent = name;
    // iconSize given as undefined (over DivIcon's default 12×12): Leaflet sets no size and no
    // margin, so the icon's top-left corner is on the point and CSS does the rest.
    return L.divIcon({ html: text, className: `base-label base-label-${kind} base-label-rank-${rank}`, iconSize: undefined });
  }, [name, kind, rank]);
  return <Marker position={center} icon={icon} interactive={false} keyboard={false} />;
}
