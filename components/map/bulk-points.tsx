'use client';
/**
 * A bulk point layer (bulk-points-layer.ts: thousands of points on one canvas) as a react-leaflet
 * component, for the main map and for an embed built with Preact through preact/compat.
 *
 * The layer is made once, from `points`, `layerId`, `pane` and `special`, which it reads then, like
 * `<GeoJSON>`'s data: give the component a new `key` to show other points. Afterwards only a new
 * `selected` or `styleKey` draws (lib/bulk-points-calls.ts); a new `onPointClick` or `styleAt` (a
 * fresh closure each render) is taken without drawing or re-creating the layer. The layer fires no
 * event from its own calls, so `pointclick` → parent state → `setSelected` stops there, even with
 * a renderer that updates synchronously.
 */
import * as L from 'leaflet';
import { createElementObject, createLayerComponent, type LayerProps, type LeafletContextInterface } from '@react-leaflet/core';
import type { BulkPoints as BulkPointData } from '@/lib/bulk-points';
import { bulkPointsCalls } from '@/lib/bulk-points-calls';
import type { PathStyle } from '@/lib/styles';
import { BulkPointsLayer, type PointClickEvent } from './bulk-points-layer';

export interface BulkPointsProps extends LayerProps {
  points: BulkPointData;
  /** Written on the canvas as `data-layer`. */
  layerId: string;
  pane: string;
  /** The style of point i (null: any point without a style of its own), selected or not. */
  styleAt: (i: number | null, selected: boolean) => PathStyle;
  /** Points with a style of their own (styleAt(i, …)), drawn over the others. */
  special: readonly number[];
  /** The selected point's index, -1 for none. */
  selected: number;
  onPointClick: (index: number) => void;
  /** A value that changes when the styles must be computed again (the date, the theme). */
  styleKey: unknown;
}

/** Each layer's latest `onPointClick`: the layer outlives the render that passed its handler. */
const clickHandlers = new WeakMap<BulkPointsLayer, (index: number) => void>();

function createBulkPoints(props: BulkPointsProps, context: LeafletContextInterface) {
  const { points, layerId, pane, styleAt, special } = props;
  const layer = new BulkPointsLayer(points, { pane, layerId, style: styleAt(null, false), special, styleAt });
  layer.setSelected(props.selected);
  clickHandlers.set(layer, props.onPointClick);
  layer.on('pointclick', (e) => clickHandlers.get(layer)?.((e as PointClickEvent).index));
  return createElementObject(layer, context);
}

function updateBulkPoints(layer: BulkPointsLayer, props: BulkPointsProps, prev: BulkPointsProps) {
  clickHandlers.set(layer, props.onPointClick);
  const calls = bulkPointsCalls(prev, props);
  if (calls.setSelected !== undefined) layer.setSelected(calls.setSelected);
  // Without a new styleKey the styles are the same: take the new function for later draws only.
  if (calls.restyle) layer.restyle({ style: props.styleAt(null, false), styleAt: props.styleAt });
  else if (props.styleAt !== prev.styleAt) L.setOptions(layer, { styleAt: props.styleAt });
}

export const BulkPoints = createLayerComponent<BulkPointsLayer, BulkPointsProps>(createBulkPoints, updateBulkPoints);
