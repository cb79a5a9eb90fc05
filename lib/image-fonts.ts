/**
 * The typeface drawn into the pictures of the map (app/image, drawn by satori): Noto Sans (SIL
 * Open Font License 1.1), Latin and Cyrillic subsets, regular and bold, from @fontsource/noto-sans.
 * Read once, the first time a picture is drawn. Server only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImageFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let fonts: ImageFont[] | undefined;

/**
 * The pictures' font-family. Each subset is a family of its own: satori keeps one font per family
 * and weight, so under one name the Cyrillic subset was never used and Ukrainian came out as boxes.
 */
const FAMILY_OF_SUBSET = { latin: 'Noto Sans', cyrillic: 'Noto Sans Cyrillic' } as const;
export const IMAGE_FONT_FAMILY = Object.values(FAMILY_OF_SUBSET).join(', ');

export function imageFonts(): ImageFont[] {
  const file = (name: string) => readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files', name));
  fonts ??= Object.entries(FAMILY_OF_SUBSET).flatMap(([subset, name]) =>
    ([400, 700] as const).map((weight) => ({
      name,
      data: file(`noto-sans-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
