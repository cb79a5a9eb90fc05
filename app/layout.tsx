import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { mapColourCss } from '@/lib/styles';
import '@/styles/tokens.css';
import '@/styles/reporting.css';
import '@/styles/map-furniture.css';
import './globals.css';
import './timeline.css';

/** SITE_URL, when set, makes metadata links absolute (see README "Security headers"). */
function metadataBase(): URL | undefined {
  try {
    return process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
  } catch {
    return undefined;
  }
}

export const metadata: Metadata = {
  metadataBase: metadataBase(),
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
