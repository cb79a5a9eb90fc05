import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
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
import './globals.css';
import './timeline.css';

/**
 * SITE_URL, when set at build, makes metadata links absolute (README "Security headers"): the
 * pages are prerendered, so they cannot take the origin from a request. Without it the pages link
 * no preview image, rather than one at an origin made up at build.
 */
const origin = configuredOrigin();

const PREVIEW_ALT = 'Map of Severodonetsk, Lysychansk, the Siverskyi Donets and Bakhmut as last reported, drawn from the project’s layers';

export const metadata: Metadata = {
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
              alt: PREVIEW_ALT,
              type: 'image/png',
            },
          ],
        },
      }
    : {}),
  title: 'Front-line map: Severodonetsk, Lysychansk and Bakhmut, 2022–2023',
  description:
    'An open-source map of the battles for Severodonetsk, Lysychansk and Bakhmut, built from news reporting: every place links to the quotes, dates and sources behind it.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the map's colours for both themes, from the style table (constant text, no user input); React escapes <style> text otherwise. */}
        <style dangerouslySetInnerHTML={{ __html: mapColourCss() }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
