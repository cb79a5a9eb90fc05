/**
 * The embed page's renderer: components/embed/embed-document.tsx, bundled with Preact by
 * scripts/build-embed.mjs into .embed/render.mjs (Next refuses react-dom/server in a route handler,
 * and the page is the same components the browser hydrates with Preact). Node-only; loaded once
 * per process.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmbedPageInput } from './embed-config';

type RenderEmbedPage = (input: EmbedPageInput) => string;

let renderer: Promise<RenderEmbedPage> | undefined;

/** The function that renders /embed for one request's options. */
export function embedPageRenderer(): Promise<RenderEmbedPage> {
  const file = pathToFileURL(path.join(process.cwd(), '.embed', 'render.mjs')).href;
  renderer ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ file).then(
    (m: { renderEmbedPage: RenderEmbedPage }) => m.renderEmbedPage,
  );
  return renderer;
}
