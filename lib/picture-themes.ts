/**
 * One map picture for both themes (the place pages' small maps, SVG files shown as images): the
 * light picture's colours as SVG attributes, and where the dark picture's differ, a `light-dark()`
 * style that the reader's colour scheme resolves inside the image (its root says `color-scheme:
 * light dark`: lib/styles.ts PICTURE_DOCUMENT_STYLE). One file per place and language instead of
 * one per theme too. Pure.
 */
import type { Picture, PictureShape } from './map-picture';
import type { PathStyle } from './styles';

/** The style declarations that give a shape its dark colours; empty where the themes agree. */
export interface ThemedPaint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
}

const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;

/** `#rrggbb` at `opacity` as `#rrggbbaa`: light-dark() pairs colours only, so an opacity that differs goes into the colour. */
function withAlpha(colour: string, opacity: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new Error(`picture-themes: cannot add an opacity to the colour "${colour}"`);
  return `${colour}${Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

/** One paint channel (fill or stroke): nothing when both themes agree, else the pair, the opacities folded in when they differ. */
function channel(light: [string, number], dark: [string, number]): { colour?: string; opacity?: number } {
  if (light[0] === dark[0] && light[1] === dark[1]) return {};
  if (light[1] === dark[1]) return { colour: pair(light[0], dark[0]) };
  return { colour: pair(withAlpha(light[0], light[1]), withAlpha(dark[0], dark[1])), opacity: 1 };
}

const fillOf = (s: PathStyle): [string, number] => [s.fillColor ?? s.color, s.fillOpacity ?? 0.2];
const strokeOf = (s: PathStyle): [string, number] => [s.color, s.opacity];

/**
 * What a shape needs to take the dark theme's colours. Only colours and opacities may differ
 * between the themes: a width or dash pattern of its own would need a picture of its own, and the
 * build fails rather than draw one theme's shape in the other's.
 */
export function themedPaint(light: PictureShape, dark: PictureShape): ThemedPaint {
  if (
    light.key !== dark.key ||
    light.filled !== dark.filled ||
    light.style.weight !== dark.style.weight ||
    light.style.dashArray !== dark.style.dashArray
  ) {
    throw new Error(`picture-themes: the shape "${light.key}" is not drawn the same in both themes (against "${dark.key}")`);
  }
  const fill = light.filled ? channel(fillOf(light.style), fillOf(dark.style)) : {};
  const stroke = channel(strokeOf(light.style), strokeOf(dark.style));
  return {
    ...(fill.colour ? { fill: fill.colour } : {}),
    ...(fill.opacity !== undefined ? { fillOpacity: fill.opacity } : {}),
    ...(stroke.colour ? { stroke: stroke.colour } : {}),
    ...(stroke.opacity !== undefined ? { strokeOpacity: stroke.opacity } : {}),
  };
}

/** The paint of every shape of the light picture for both themes, and its background and label colours as pairs. */
export function themedPicture(light: Picture, dark: Picture) {
  if (light.shapes.length !== dark.shapes.length || light.labels.length !== dark.labels.length) {
    throw new Error('picture-themes: the two themes’ pictures do not draw the same shapes');
  }
  return {
    shapes: light.shapes.map((shape, i) => themedPaint(shape, dark.shapes[i]!)),
    background: pair(light.background, dark.background),
    labelColour: pair(light.labelColour, dark.labelColour),
    labelHalo: pair(light.labelHalo, dark.labelHalo),
  };
}

export type ThemedPicture = ReturnType<typeof themedPicture>;
