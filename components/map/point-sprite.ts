/**
 * The small pre-drawn circle that a bulk point layer (bulk-points-layer.ts) copies once per point:
 * one `drawImage` per point is far cheaper than a path per point, and a copy of Leaflet's own
 * circle-marker drawing (fill, then stroke) looks as a circle marker does where points overlap.
 */
import type { PathStyle } from '@/lib/styles';
import { type SpriteMask, spriteMask } from './cover-grid';

export interface PointSprite {
  image: HTMLCanvasElement;
  /** Size in CSS pixels (square; even, so the centre falls on a pixel corner as Leaflet's does). */
  size: number;
  /** Its pixels by row, when it is copied 1:1 onto device pixels (a whole devicePixelRatio); else null. */
  mask: SpriteMask | null;
}

/** Pixels from a point's centre to the outer edge of its stroke. */
export const outerRadius = (style: PathStyle): number => (style.radius ?? 5) + style.weight / 2;

/** The sprites of one layer, drawn once per style and device pixel ratio. */
export class PointSprites {
  private readonly cache = new Map<string, PointSprite>();

  /** The sprite of a style at the window's current device pixel ratio. */
  of(style: PathStyle): PointSprite {
    const dpr = window.devicePixelRatio || 1;
    const key = `${dpr} ${JSON.stringify(style)}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      sprite = drawPointSprite(style, dpr);
      this.cache.set(key, sprite);
    }
    return sprite;
  }
}

/**
 * Draws a point's circle at a device pixel ratio.
 * @param style the point's style (lib/styles.ts)
 * @param dpr device pixels per CSS pixel
 */
export function drawPointSprite(style: PathStyle, dpr: number): PointSprite {
  const size = 2 * Math.ceil(outerRadius(style) + 1);
  const image = document.createElement('canvas');
  image.width = image.height = Math.ceil(size * dpr);
  const ctx = image.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, style.radius ?? 5, 0, Math.PI * 2);
  if (style.fillColor) {
    ctx.globalAlpha = style.fillOpacity ?? 0.2;
    ctx.fillStyle = style.fillColor;
    ctx.fill();
  }
  if (style.weight > 0) {
    ctx.globalAlpha = style.opacity;
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.weight;
    ctx.stroke();
  }
  // At a whole devicePixelRatio the sprite lands 1:1 on whole device pixels (CSS positions are
  // whole pixels), so its pixels say exactly which canvas pixels a copy paints and covers.
  const exact = Number.isInteger(dpr) && image.width === size * dpr;
  return { image, size, mask: exact ? maskOf(image) : null };
}

/**
 * A sprite's mask, read from a copy of it: reading pixels back from a canvas can move it out of the
 * GPU (Chromium's willReadFrequently heuristics), and the sprite itself is copied thousands of times.
 */
function maskOf(image: HTMLCanvasElement): SpriteMask {
  const copy = document.createElement('canvas');
  copy.width = image.width;
  copy.height = image.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(image, 0, 0);
  return spriteMask(ctx.getImageData(0, 0, copy.width, copy.height).data, copy.width, copy.height);
}
