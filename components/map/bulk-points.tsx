'use client';
import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type { BulkPoints as BulkPointsData } from '@/lib/bulk-points';
import type { PathStyle } from '@/lib/styles';
import { BulkPointsLayer, type PointClickEvent } from '@/components/embed/bulk-points-layer';

export interface BulkPointsProps extends LayerProps {
  points: BulkPointsData;
  layerId: string;
  pane: string;
  /** The style of a point (null: any plain point) and whether it is drawn as selected. */
  styleAt: (i: number | null, selected: boolean) => PathStyle;
  /** Points with a style of their own (a status on the date). */
  special: readonly number[];
  /** The selected point's index, or -1. */
  selected: number;
  onPointClick: (index: number) => void;
  /** Changes when the points' styles must be drawn again (the date, the theme). */
  styleKey: unknown;
}

/** A bulk point layer (one canvas for thousands of points) as a react-leaflet layer. */
export const BulkPoints = createLayerComponent<BulkPointsLayer, BulkPointsProps>(
  function createBulkPoints(props, context) {
    const layer = new BulkPointsLayer(props.points, {
      pane: props.pane,
      layerId: props.layerId,
      style: props.styleAt(null, false),
      special: props.special,
      styleAt: (i, selected) => props.styleAt(i, selected),
    });
    layer.setSelected(props.selected);
    layer.on('pointclick', (e) => handlers.get(layer)?.((e as PointClickEvent).index));
    handlers.set(layer, props.onPointClick);
    return createElementObject(layer, context);
  },
  function updateBulkPoints(layer, props, prev) {
    handlers.set(layer, props.onPointClick);
    if (props.styleKey !== prev.styleKey) {
      layer.options.style = props.styleAt(null, false);
      layer.options.styleAt = (i, selected) => props.styleAt(i, selected);
      layer.restyle();
    }
    if (props.selected !== prev.selected) layer.setSelected(props.selected);
  },
);

/** The latest click handler of each layer: a new function from the page must not rebuild the layer. */
const handlers = new WeakMap<BulkPointsLayer, (index: number) => void>();
