import { useLocale } from 'next-intl';
import { localName, otherName } from '@/lib/i18n';
import type { MapPlace } from '@/lib/map-data';

/**
 * "Lysychansk Лисичанськ": the place's name in the reader's language, then its name in the other
 * (marked with its language), for headings and the place list. The second, `place-name-other`, is set
 * smaller.
 */
export function PlaceName({ place }: { place: Pick<MapPlace, 'name' | 'name_uk'> }) {
  const locale = useLocale();
  const other = otherName(place, locale);
  return (
    <>
      <span className="place-name">{localName(place, locale)}</span>{' '}
      <span lang={other.lang} className="place-name-other">
        {other.name}
      </span>
    </>
  );
}
