import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageMessages } from '@/components/i18n/page-messages';
import { BackToMap } from '@/components/about/page-top';
import { CorrectionsList } from '@/components/corrections/corrections-list';
import { PlaceFacts } from '@/components/place-page/place-facts';
import { PlaceHeading } from '@/components/place-page/place-heading';
import { PlaceMap } from '@/components/place-page/place-map';
import { PlaceHistory, PlaceSituation } from '@/components/place-page/place-situation';
import { ReportsBySource } from '@/components/reports/reports-by-source';
import { CiteView } from '@/components/share/cite-view';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { getDataVersion, getPlaceCorrections, getPlacePage, getPlacePicture, placeIds } from '@/lib/data';
import { localisedPath, localName } from '@/lib/i18n';
import { IMAGE_SIZE, imagePathOf } from '@/lib/image-request';
import { languageAlternates } from '@/lib/page-alternates';
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
  const locale = await pageLocale(params);
  const words = await getWords(locale);
  const name = localName(page, locale);
  const origin = configuredOrigin();
  const oembed = placeOembedUrl(origin, page.id);
  return {
    title: placeTitle(words.t, name),
    description: placeDescription(words, page),
    ...(origin && oembed
      ? {
          alternates: { ...languageAlternates(origin, placePagePath(page.id), locale), types: { 'application/json+oembed': oembed } },
          // Its preview card: a picture of the place on the map (app/image) rather than the whole map's.
          openGraph: {
            images: [
              {
                url: imagePathOf({ place: page.id, tiles: true }, []),
                width: IMAGE_SIZE.width.default,
                height: IMAGE_SIZE.height.default,
                alt: words.t('PlacePage.previewAlt', { name }),
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
  const locale = await pageLocale(params);
  const page = getPlacePage((await params).id);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'PlacePage' });
  const reports = page.reporting.reports.length;
  const corrections = getPlaceCorrections(page.id, page.reporting);
  const version = getDataVersion();
  const path = placePagePath(page.id);
  return (
    <PageMessages page="place" locale={locale}>
      <main className="place-page">
        <DataChangedNote current={version.id} />
        <PlaceHeading page={page} />
        <section aria-labelledby="situation">
          <h2 id="situation">{t('situationHeading')}</h2>
          <PlaceSituation page={page} />
        </section>
        <section aria-labelledby="the-place">
          <h2 id="the-place">{t('onMapHeading')}</h2>
          <PlaceMap page={page} picture={getPlacePicture(page.id, locale)!} />
          <PlaceFacts page={page} />
        </section>
        {reports > 0 && (
          <>
            <section aria-labelledby="history">
              <h2 id="history">{t('historyHeading')}</h2>
              <PlaceHistory page={page} />
            </section>
            <section aria-labelledby="reporting">
              <h2 id="reporting">{t('reportingHeading', { count: reports })}</h2>
              <ReportsBySource reporting={page.reporting} date={page.date} />
            </section>
          </>
        )}
        {corrections.length > 0 && (
          <section aria-labelledby="corrections">
            <h2 id="corrections">{t('correctionsHeading', { count: corrections.length })}</h2>
            <p>{t('correctionsIntro')}</p>
            <CorrectionsList corrections={corrections} linkToLog />
          </section>
        )}
        <CiteView
          title={t('citeTitle', { name: localName(page, locale) })}
          url={`${configuredOrigin() ?? ''}${localisedPath(path, locale)}`}
          version={version}
          what="page"
        />
        <BackToMap />
      </main>
    </PageMessages>
  );
}
