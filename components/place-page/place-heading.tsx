import { useLocale, useTranslations } from 'next-intl';
import { PageTop } from '@/components/about/page-top';
import { PlaceName } from '@/components/reports/place-name';
import { mapPathIn } from '@/lib/local-paths';
import type { PlacePage } from '@/lib/place-page';
import { placePagePath } from '@/lib/url-state';

/**
 * The top of a place's page: its name in English and Ukrainian, its other names, and the ways to
 * the map (the place selected on it, or the map as a whole), to its data and to the page in the
 * other language.
 */
export function PlaceHeading({ page }: { page: PlacePage }) {
  const t = useTranslations('PlacePage');
  const locale = useLocale();
  return (
    <header className="place-page-head">
      <PageTop path={placePagePath(page.id)} />
      <h1>
        <PlaceName place={page} />
      </h1>
      <p className="place-page-names">
        {t('russianName')} <span lang="ru">{page.name_ru}</span>
        {/* Other spellings from the sources, in their Latin letters. */}
        {page.aliases.length > 0 && <> · {t('aliases', { aliases: page.aliases.join(', ') })}</>}
      </p>
      <p className="place-page-links">
        <a className="all-reporting" href={mapPathIn(page.id, locale)}>
          {t('openOnMap')}
        </a>{' '}
        <a href={`/api/places/${encodeURIComponent(page.id)}`}>{t('placeData')}</a>
      </p>
    </header>
  );
}
