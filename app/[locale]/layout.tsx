import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { WARM_INTL_SCRIPT } from '@/components/i18n/warm-intl';
import { embedAssets } from '@/lib/embed-assets';
import { isLocale, LOCALES, type Locale } from '@/lib/i18n';
import { IMAGE_SIZE, imagePathOf } from '@/lib/image-request';
import { configuredOrigin } from '@/lib/site';
import { mapColourCss } from '@/lib/styles';
import '@/styles/tokens.css';
import '@/styles/reporting.css';
import '@/styles/map-furniture.css';
import '@/styles/citing.css';
import '@/styles/corrections.css';
import '@/styles/compare.css';
import '@/styles/story.css';
import '../globals.css';
import '../story-places.css';
import '../timeline.css';
import '../share.css';

/**
 * SITE_URL, when set at build, makes metadata links absolute (README "Security headers"): the
 * pages are prerendered, so they cannot take the origin from a request. Without it the pages link
 * no preview image, rather than one at an origin made up at build.
 */
const origin = configuredOrigin();

type Params = Promise<{ locale: string }>;

/** Every page is prerendered in every language; any other prefix is not a language (404). */
export const dynamicParams = false;
export function generateStaticParams(): { locale: Locale }[] {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'en', namespace: 'Site' });
  return {
    metadataBase: origin ? new URL(origin) : undefined,
    ...(origin
      ? {
          openGraph: {
            // The map as it opens, drawn by app/image (a place page gives its own: the place).
            images: [
              {
                url: imagePathOf({ tiles: true }, []),
                width: IMAGE_SIZE.width.default,
                height: IMAGE_SIZE.height.default,
                alt: t('previewAlt'),
                type: 'image/png',
              },
            ],
          },
        }
      : {}),
    title: t('title'),
    description: t('description'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The document of every page in one language: `<html lang>`; each page passes its client components' messages itself. */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Static rendering: the language comes from the path's segment, not from the request.
  setRequestLocale(locale);
  return (
    // The Intl warm-up worker's address (WARM_INTL_SCRIPT below starts it).
    <html lang={locale} data-intl-warmup={embedAssets().intlWarmup}>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant text (components/i18n/warm-intl.ts), no user input; it starts the Intl warm-up worker as the page is parsed. */}
        <script dangerouslySetInnerHTML={{ __html: WARM_INTL_SCRIPT }} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the map's colours for both themes, from the style table (constant text, no user input); React escapes <style> text otherwise. */}
        <style dangerouslySetInnerHTML={{ __html: mapColourCss() }} />
      </head>
      <body>
        {/* No messages provider here: each page has its own, with its client components' words only (components/i18n/page-messages.tsx). */}
        {children}
      </body>
    </html>
  );
}
