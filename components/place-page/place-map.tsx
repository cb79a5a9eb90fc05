import { useLocale, useTranslations } from 'next-intl';
import { MapPicture } from '@/components/map-picture/map-picture';
import { RICH } from '@/components/about/rich';
import { formatIsoDate } from '@/lib/format-date';
import { localName } from '@/lib/i18n';
import { mapPathIn } from '@/lib/local-paths';
import { frameAround, type Picture, type PictureData, pictureOf } from '@/lib/map-picture';
import type { PlacePage } from '@/lib/place-page';
import { themedPicture } from '@/lib/picture-themes';

/** The title as a sentence: a Ukrainian date ends in "р." already, which takes no second full stop. */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const WIDTH = 640;
const HEIGHT = 400;

/**
 * A small map of the place on its page: the place outlined in the selection colour among its
 * neighbours, every place styled by its situation on the page's date as the live map styles it.
 * Inline SVG drawn at build (no script, no tiles), once for both themes: the page's colour scheme
 * picks the colours (lib/picture-themes.ts).
 */
export function PlaceMap({ page, data }: { page: PlacePage; data: PictureData }) {
  const t = useTranslations('PlacePage.map');
  const locale = useLocale();
  const frame = frameAround(page.geometry, WIDTH, HEIGHT);
  const title = t('title', { name: localName(page, locale), date: formatIsoDate(page.date, locale) });
  const description = t('description');
  const [light, dark] = (['light', 'dark'] as const).map((theme) =>
    pictureOf(data, { frame, date: page.date, theme, selected: page.id, labels: true, locale }),
  ) as [Picture, Picture];
  return (
    <figure className="place-map">
      <MapPicture picture={light} themes={themedPicture(light, dark)} title={title} description={description} />
      <figcaption>
        {sentence(title)} {description} {t('precision')} <a href={mapPathIn(page.id, locale)}>{t('open')}</a>. {t.rich('credits', RICH)}
      </figcaption>
    </figure>
  );
}
