import type { Metadata } from 'next';
import { PlaceList } from '@/components/places/place-list';
import { getMapData } from '@/lib/data';
import { type LocaleParams, pageLocale } from '@/lib/page-locale';
import './place-page.css';

// Prerendered at build like the place pages: it depends only on the data.
export const dynamic = 'error';

export const metadata: Metadata = {
  title: 'All places · Front-line map',
  description:
    'Every place on the front-line map of Severodonetsk, Lysychansk and Bakhmut, with its situation as last reported and a link to its page.',
};

/**
 * Every place, layer by layer, each linking to its own page: the map page lists only the first
 * places of each layer in its HTML and links here for the rest. Works without JavaScript.
 */
export default async function AllPlacesPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const data = getMapData();
  const latest = data.dateRange.max;
  return (
    <main className="place-page all-places">
      <p>
        <a href="/">← Back to the map</a>
      </p>
      <h1>All places</h1>
      <p>
        Every place on the map ({data.placeOrder.length.toLocaleString('en-GB')}), layer by layer, with its situation as last reported. Each
        links to its page, which quotes all its reporting.
      </p>
      <PlaceList data={data} date={latest} />
    </main>
  );
}
