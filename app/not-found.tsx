import type { Metadata } from 'next';
import '@/styles/tokens.css';
import './globals.css';

export const metadata: Metadata = { title: 'Not found · Front-line map' };

/**
 * The 404 page for a path outside every page: it belongs to no language (English is unprefixed, so
 * any unknown path could be either), so it says it in both and links to both maps.
 */
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main className="about-page">
          <h1>Page not found</h1>
          <p>
            <a href="/">Back to the map</a>
          </p>
          <p lang="uk">
            Сторінку не знайдено. <a href="/uk">До мапи</a>
          </p>
        </main>
      </body>
    </html>
  );
}
