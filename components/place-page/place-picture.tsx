/**
 * The place pages' small maps, drawn by the build (`npm run validate`, lib/write-data-files.ts) as SVG
 * files that each page shows as an image (place-map.tsx). Inline, a picture was most of its page
 * twice over (the HTML and the RSC payload Next writes beside it, and again in each of the page's
 * segment files): with 100 times our data, two thirds of every place page's bytes and about a third
 * of the build's time. As a file it is drawn once per place and language, and a reader's browser
 * fetches and keeps it like any image. Build-time only: react-dom/server is not for pages.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { MapPicture } from '@/components/map-picture/map-picture';
import type { PlacePictures } from '@/lib/write-data-files';
import { LOCALES, type Locale } from '@/lib/i18n';
import { frameAround, pictureOf, townLabels } from '@/lib/map-picture';
import { themedPicture } from '@/lib/picture-themes';
import { PLACE_PICTURE_SIZE } from '@/lib/place-page';

/**
 * Every place's small map, styled by its situation on the data's last date (the page's date) as
 * the live map styles it, the place in the selection colour on top, the towns named in the page's
 * language. One document for both themes: the light colours as attributes, the dark ones by
 * `light-dark()`, which the image resolves by the reader's colour scheme (lib/picture-themes.ts).
 */
export const placePictures: PlacePictures = (data) => {
  const date = data.dateRange.max;
  return (id, geometry) => {
    const frame = frameAround(geometry, PLACE_PICTURE_SIZE.width, PLACE_PICTURE_SIZE.height);
    // The map data's looks are on its last date: no picture works its neighbours' out again.
    const options = { frame, date, selected: id, looks: data.looks };
    const light = pictureOf(data, { ...options, theme: 'light' });
    const themes = themedPicture(light, pictureOf(data, { ...options, theme: 'dark' }));
    const inLanguage = (locale: Locale) => {
      const picture = { ...light, labels: townLabels(data, frame, locale) };
      return [locale, renderToStaticMarkup(<MapPicture picture={picture} themes={themes} standalone />)] as const;
    };
    return Object.fromEntries(LOCALES.map(inLanguage)) as Record<Locale, string>;
  };
};
