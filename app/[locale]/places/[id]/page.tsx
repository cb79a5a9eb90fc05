import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionsList } from '@/components/corrections/corrections-list';
import { PlaceFacts } from '@/components/place-page/place-facts';
import { PlaceHeading } from '@/components/place-page/place-heading';
import { PlaceMap } from '@/components/place-page/place-map';
import { PlaceHistory, PlaceSituation } from '@/components/place-page/place-situation';
import { ReportsBySource } from '@/components/reports/reports-by-source';
import { CiteView } from '@/components/share/cite-view';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { getDataVersion, getMapData, getPlaceCorrections, getPlacePage, placeIds } from '@/lib/data';
import { IMAGE_SIZE, imagePathOf } from '@/lib/image-request';
import { getWords, pageLocale } from '@/lib/page-locale';
import { placeDescription, placeOembedUrl } from '@/lib/place-page';
import { configuredOrigin } from '@/lib/site';
import { placePagePath } from '@/lib/url-state';
import { placeTitle } from '@/lib/vocabulary';
import '../place-page.css';

// Prerendered for every place, the same bytes for every reader (its scripts allowed by hash, README
// "Security headers"); any other id is Next's 404 page. 'error': reading the request fails the build.
export const dynamic = 'error';
export const dynamicParams = false;
export const generateStaticParams = placeIds; // with each language of the layout's

type Params = Promise<{ id: string; locale: string }>;

/** Its own title and description; oEmbed discovery and the canonical address only where SITE_URL gives the origin. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = getPlacePage((await params).id);
  if (!page) return {};
  const words = await getWords(await pageLocale(params));
  const origin = configuredOrigin();
  const oembed = placeOembedUrl(origin, page.id);
  return {
    title: placeTitle(words.t, page.name),
    description: placeDescription(words, page),
    ...(origin && oembed
      ? {
          alternates: { canonical: `${origin}${placePagePath(page.id)}`, types: { 'application/json+oembed': oembed } },
          // Its preview card: a picture of the place on the map (app/image) rather than the whole map's.
          openGraph: {
            images: [
              {
                url: imagePathOf({ place: page.id, tiles: true }, []),
                width: IMAGE_SIZE.width.default,
                height: IMAGE_SIZE.height.default,
                alt: `${page.name} on the map`,
                type: 'image/png',
              },
            ],
          },
        }
      : {}),
  };
}

/** A place's permanent address: everything the map knows and quotes about it, without JavaScript. */
export default async function PlacePage({ params }: { params: Params }) {
  await pageLocale(params);
  const page = getPlacePage((await params).id);
  if (!page) notFound();
  const reports = page.reporting.reports.length;
  const corrections = getPlaceCorrections(page.id, page.reporting);
  const version = getDataVersion();
  const path = placePagePath(page.id);
  return (
    <main className="place-page">
      <DataChangedNote current={version.id} />
      <PlaceHeading page={page} />
      <section aria-labelledby="situation">
        <h2 id="situation">Situation</h2>
        <PlaceSituation page={page} />
      </section>
      <section aria-labelledby="the-place">
        <h2 id="the-place">The place on the map</h2>
        <PlaceMap page={page} data={getMapData()} />
        <PlaceFacts page={page} />
      </section>
      {reports > 0 && (
        <>
          <section aria-labelledby="history">
            <h2 id="history">Reported situation over time</h2>
            <PlaceHistory page={page} />
          </section>
          <section aria-labelledby="reporting">
            <h2 id="reporting">All reporting ({reports})</h2>
            <ReportsBySource reporting={page.reporting} date={page.date} />
          </section>
        </>
      )}
      {corrections.length > 0 && (
        <section aria-labelledby="corrections">
          <h2 id="corrections">Corrections ({corrections.length})</h2>
          <p>Changes to what the map says about this place, its reports or their sources since they were first published.</p>
          <CorrectionsList corrections={corrections} linkToLog />
        </section>
      )}
      <CiteView title={`${page.name}: what was reported`} url={`${configuredOrigin() ?? ''}${path}`} version={version} what="page" />
      <p>
        <a href="/">← Back to the map</a>
      </p>
    </main>
  );
}
