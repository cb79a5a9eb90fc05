/**
 * The embed's browser entry, bundled by scripts/build-embed.mjs with Preact standing in for React
 * (`react`, `react-dom` → `preact/compat`): it hydrates the page the server rendered from the same
 * component (components/embed/embed-document.tsx), and the map comes in.
 */
import 'leaflet/dist/leaflet.css';
import './embed.css';
import { hydrateRoot } from 'react-dom/client';
import { MapView } from '@/components/map/map-view';
import type { EmbedConfig } from '@/lib/embed-config';
import { EmbedApp } from './embed-app';

const root = document.getElementById('fm-root');
const configEl = document.getElementById('fm-config');
if (root && configEl?.textContent) {
  const config = JSON.parse(configEl.textContent) as EmbedConfig;
  hydrateRoot(root, <EmbedApp config={config} Map={MapView} />);
}
