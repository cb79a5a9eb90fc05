import { useLocale, useTranslations } from 'next-intl';
import { RICH } from '@/components/about/rich';
import { formatIsoDate } from '@/lib/format-date';
import { localName } from '@/lib/i18n';
import { mapPathIn } from '@/lib/local-paths';
import { PLACE_PICTURE_SIZE, type PlacePage } from '@/lib/place-page';

/** The title as a sentence: a Ukrainian date ends in "р." already, which takes no second full stop. */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * A small map of the place on its page: the place outlined in the selection colour among its
 * neighbours, every place styled by its situation on the page's date as the live map styles it.
 * An SVG file the build drew (place-picture.tsx; no script, no tiles), in the reader's colour
 * scheme; `picture` is its URL, in the page's language.
 */
export function PlaceMap({ page, picture }: { page: PlacePage; picture: string }) {
  const t = useTranslations('PlacePage.map');
  const locale = useLocale();
  const title = t('title', { name: localName(page, locale), date: formatIsoDate(page.date, locale) });
  return (
    <figure className="place-map">
      {/* biome-ignore lint/performance/noImgElement: an SVG the build drew at its size, which next/image would pass through unchanged. */}
      <img src={picture} width={PLACE_PICTURE_SIZE.width} height={PLACE_PICTURE_SIZE.height} alt={title} decoding="async" />
      <figcaption>
        {sentence(title)} {t('description')} {t('precision')} <a href={mapPathIn(page.id, locale)}>{t('open')}</a>. {t.rich('credits', RICH)}
      </figcaption>
    </figure>
  );
}
