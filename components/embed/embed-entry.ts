/**
 * The embed's browser entry, bundled by scripts/build-embed.mjs with Preact standing in for React
 * (`react`, `react-dom` → `preact/compat`): the styles (which the server inlines in the page,
 * lib/embed-assets.ts), the Intl warm-up worker, and the start (components/embed/embed-start.tsx),
 * which hydrates the page the server rendered. The worker starts when the entry's own code runs:
 * after the shared chunks it imports (Preact, Leaflet) have been evaluated, as ES modules evaluate
 * their imports first, but before hydration, which waits for the messages file.
 */
import './start-intl-warmup';
import 'leaflet/dist/leaflet.css';
import './embed.css';
import { startEmbed } from './embed-start';

startEmbed();
