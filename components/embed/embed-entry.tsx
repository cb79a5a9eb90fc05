/**
 * The embed's browser entry, bundled by scripts/build-embed.mjs with Preact standing in for React
 * (`react`, `react-dom` → `preact/compat`): it starts the Intl warm-up worker and hydrates the page
 * the server rendered from the same component (components/embed/embed-document.tsx), and the map
 * comes in. Its styles are inlined in the page by the server (lib/embed-assets.ts).
 */
import 'leaflet/dist/leaflet.css';
import './embed.css';
import { warmIntl, whenWarm } from '@/components/i18n/warm-intl';
import { hydrateRoot } from 'react-dom/client';
import { requestFilePatiently } from '@/components/data/data-request';
import { MapView } from '@/components/map/map-view';
import type { EmbedConfig, EmbedWireConfig } from '@/lib/embed-config';
import { EmbedApp } from './embed-app';
import { loadReporting } from './use-reporting';

/**
 * How long hydration may wait for the Intl warm-up worker: about what loading ICU's data on the main
 * thread costs a phone (4× this machine: 120–600 ms), so that waiting never costs more than it saves.
 */
const INTL_WAIT_MS = 600;

// Hydration waits for the worker too, a little at most: its date and number formatters are then
// warm, where they would load ICU's data inside hydration's one long task.
const warm = whenWarm(warmIntl(), INTL_WAIT_MS);
const root = document.getElementById('fm-root');
const configEl = document.getElementById('fm-config');
if (root && configEl?.textContent) {
  const wire = JSON.parse(configEl.textContent) as EmbedWireConfig;
  // The interface's words come as a file of their own, preloaded beside the data file, asked for
  // again after a failure as the data files are (components/data/data-request.ts). A place's
  // preview was rendered with the reporting components (a chunk of their own): hydrated once the
  // chunk is here, so that the preview stays as it is, or once it failed, so that the map still
  // comes in and the preview says so with Try again (components/embed/use-reporting.ts keeps the
  // failure for every component that shows the chunk). The list, a comparison or a story will
  // show them soon: asked for now as well, not waited for.
  const { preview, options } = wire;
  const firstView = preview.kind === 'place';
  const reporting = firstView || options.list || options.state.compare || options.state.story ? loadReporting() : undefined;
  // Settled either way (a failure is reported by loadReporting, and shown by useReporting).
  const settled = reporting?.catch(() => undefined);
  Promise.all([requestFilePatiently(wire.messagesUrl), firstView ? settled : undefined, warm]).then(
    ([messages]) => hydrateRoot(root, <EmbedApp config={{ ...wire, messages: messages as EmbedConfig['messages'] }} Map={MapView} />),
    // The frame stays as the server rendered it: readable, without the map. Say why.
    (error: unknown) => console.error('Front-line map: the interface’s messages did not load; the map stays as the server rendered it.', error),
  );
}
