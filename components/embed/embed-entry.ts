/**
 * The embed's browser entry, bundled by scripts/build-embed.mjs with Preact standing in for React
 * (`react`, `react-dom` → `preact/compat`). It holds only the styles (which the server inlines in the
 * page, lib/embed-assets.ts) and waits for the page the server rendered to be painted before it
 * evaluates the rest (components/embed/embed-start.tsx: Preact, Leaflet, the map), whose chunks the
 * page preloads meanwhile. Evaluated at once, that code ran before the first paint whenever it
 * arrived with the stylesheet (a fast connection), and held the page's text back by its run time.
 */
import 'leaflet/dist/leaflet.css';
import './embed.css';
import { warmIntl } from '@/components/i18n/warm-intl';

/**
 * Resolves after the next frame has been produced: a task queued from an animation frame callback
 * runs once that frame is done. A frame the browser does not render (a hidden page, a frame scrolled
 * far out of view, whose animation frames are paused) gets the timer instead.
 */
function afterNextPaint(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

// The worker's address is the build's (scripts/build-embed.mjs bundles it first and defines it here).
warmIntl(process.env.INTL_WARMUP_URL, document.documentElement.lang);
afterNextPaint(1000)
  .then(() => import('./embed-start'))
  .then(
    ({ startEmbed }) => startEmbed(),
    (error: unknown) => console.error('Front-line map: the map’s code did not load; the frame stays as the server rendered it.', error),
  );
