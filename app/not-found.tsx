import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import '@/styles/tokens.css';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const [en, uk] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'NotFound' }),
    getTranslations({ locale: 'uk', namespace: 'NotFound' }),
  ]);
  return { title: `${en('metaTitle')} / ${uk('metaTitle')}` };
}

/**
 * The 404 page for a path outside every page: it belongs to no language (English is unprefixed, so
 * any unknown path could be either), so it says it in both, from both catalogues, and links to both maps.
 */
export default async function NotFound() {
  const [en, uk] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'NotFound' }),
    getTranslations({ locale: 'uk', namespace: 'NotFound' }),
  ]);
  return (
    <html lang="en">
      <body>
        <main className="about-page">
          <h1>{en('heading')}</h1>
          <p>
            <a href="/">{en('back')}</a>
          </p>
          <p lang="uk">
            {uk('heading')}. <a href="/uk">{uk('back')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
