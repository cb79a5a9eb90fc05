/** The embed page's renderer as the build made it (.embed/render.mjs; tests/helpers/build-for-tests.ts builds it first). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmbedPageInput } from '@/lib/embed-config';

const file = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', '.embed', 'render.mjs')).href;

export async function loadRenderEmbedPage(): Promise<(input: EmbedPageInput) => string> {
  const mod = (await import(/* @vite-ignore */ file)) as { renderEmbedPage: (input: EmbedPageInput) => string };
  return mod.renderEmbedPage;
}
