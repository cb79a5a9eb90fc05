/**
 * The pictures' fonts (lib/image-fonts.ts) draw Ukrainian: satori keeps one font per family and
 * weight, and with both subsets under one name every Cyrillic letter came out as the same box.
 */
import { createElement } from 'react';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { IMAGE_FONT_FAMILY, imageFonts } from '@/lib/image-fonts';

/** The outline satori draws for `text`, alone in a picture, in the pictures' fonts. */
async function outline(text: string, fontWeight: 400 | 700): Promise<string> {
  const letter = createElement('div', { style: { display: 'flex', fontFamily: IMAGE_FONT_FAMILY, fontSize: 24, fontWeight } }, text);
  const svg = await satori(letter, { width: 60, height: 40, fonts: imageFonts() });
  return [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join(' ');
}

describe('the pictures’ fonts', () => {
  for (const weight of [400, 700] as const) {
    it(`draw each Cyrillic letter as itself, not as one box for all (weight ${weight})`, async () => {
      const [el, zhe, latin] = await Promise.all([outline('Л', weight), outline('Ж', weight), outline('L', weight)]);
      expect(el).not.toBe('');
      expect(el).not.toBe(zhe);
      expect(el).not.toBe(latin);
    });
  }
});
