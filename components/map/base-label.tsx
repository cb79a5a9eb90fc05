'use client';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { textIcon } from './text-icon';

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
  const icon = useMemo(
    () => textIcon(name, { className: `base-label base-label-${kind} base-label-rank-${rank}`, textClassName: 'base-label-text' }),
    [name, kind, rank],
  );
  return <Marker position={center} icon={icon} interactive={false} keyboard={false} />;
}
