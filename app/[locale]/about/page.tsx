import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageMessages } from '@/components/i18n/page-messages';
import { ClaimsSection } from '@/components/about/claims-section';
import { CitingSection } from '@/components/about/citing-section';
import { CorrectionsSection } from '@/components/about/corrections-section';
import { CreditsSection } from '@/components/about/credits-section';
import { MethodologySection } from '@/components/about/methodology-section';
import { BackToMap, PageTop } from '@/components/about/page-top';
import { SituationModel } from '@/components/about/situation-model';
import { CORRECTIONS_FEED_PATH } from '@/lib/corrections';
import { getClaims, getCorrectionNames, getCorrections, getData, getDataVersion } from '@/lib/data';
import { type LocaleParams, localisedMetadata, pageLocale } from '@/lib/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const metadata = await localisedMetadata(locale, 'About', '/about');
  const t = await getTranslations({ locale, namespace: 'About' });
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      // Feed discovery for the corrections log this page shows.
      types: { 'application/atom+xml': [{ url: CORRECTIONS_FEED_PATH, title: t('feedTitle') }] },
    },
  };
}

/** About: the methodology of the map checks (docs/methodology.md, in JSX) and every claim with its verdict. */
export default async function AboutPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  return (
    <PageMessages page="text" locale={locale}>
      <main className="about-page">
        <PageTop path="/about" />
        <h1>{t('heading')}</h1>
        <p>{t('intro')}</p>
        <SituationModel />
        <MethodologySection />
        <ClaimsSection claims={getClaims()} />
        <CorrectionsSection corrections={getCorrections()} names={getCorrectionNames(locale)} />
        <CitingSection version={getDataVersion()} />
        <CreditsSection credits={Object.values(getData().manifest.attributions).filter((a) => a !== undefined)} />
        <BackToMap />
      </main>
    </PageMessages>
  );
}
