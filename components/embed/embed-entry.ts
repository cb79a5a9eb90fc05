/**
 * The embed's browser entry, bundled by scripts/build-embed.mjs with Preact standing in for React
 * (`react`, `react-dom` → `preact/compat`): the styles (which the server inlines in the page,
 * lib/embed-assets.ts), the Intl warm-up worker started before anything else is evaluated, and the
 * start (components/embed/embed-start.tsx), which hydrates the page the server rendered.
 */
import './start-intl-warmup';
import 'leaflet/dist/leaflet.css';
import './embed.css';
import { startEmbed } from './embed-start';

startEmbed();
