import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageMessages } from '@/components/i18n/page-messages';
import { PageTop } from '@/components/about/page-top';
import { PlaceList } from '@/components/places/place-list';
import { getMapData } from '@/lib/data';
import { placeListing } from '@/lib/place-listing';
import { type LocaleParams, localisedMetadata, pageLocale } from '@/lib/page-locale';
import './place-page.css';

// Prerendered at build like the place pages: it depends only on the data.
export const dynamic = 'error';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return localisedMetadata(await pageLocale(params), 'AllPlaces', '/places');
}

/**
 * Every place, layer by layer, each linking to its own page: the map page lists only the first
 * places of each layer in its HTML and links here for the rest. Works without JavaScript.
 */
export default async function AllPlacesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AllPlaces' });
  const data = getMapData();
  const latest = data.dateRange.max;
  return (
    <PageMessages page="places" locale={locale}>
      <main className="place-page all-places">
        <PageTop path="/places" />
        <h1>{t('heading')}</h1>
        <p>{t('intro', { count: data.placeOrder.length })}</p>
        <PlaceList listing={placeListing(data)} date={latest} />
      </main>
    </PageMessages>
  );
}
