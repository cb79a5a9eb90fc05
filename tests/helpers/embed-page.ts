/** The embed page's renderer as the build made it (.embed/render.mjs; tests/helpers/build-for-tests.ts builds it first). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmbedPageInput } from '@/lib/embed-config';
import { embedMessages } from '@/lib/messages';
import { COMPILED_MESSAGES } from './messages';

const file = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', '.embed', 'render.mjs')).href;

export async function loadRenderEmbedPage(): Promise<(input: EmbedPageInput) => string> {
  const mod = (await import(/* @vite-ignore */ file)) as { renderEmbedPage: (input: EmbedPageInput) => string };
  return mod.renderEmbedPage;
}

/**
 * The parts of an embed page's input that come from the server and the build rather than from the
 * data and the request, as the node tests fix them: no tiles, a bundle named like the build's, the
 * site at https://map.example.org, framable by any origin, a made-up data version.
 */
export const TEST_PAGE_SETTINGS = {
  tiles: { url: null, attribution: 'x', attributionUrl: 'https://example.org', name: '', sources: [] },
  assets: {
    js: '/_embed/embed.ABC.js',
    css: '/_embed/embed.ABC.css',
    styles: '.fm{color:red}',
    preload: ['/_embed/chunk.DEF.js'],
    intlWarmup: '/_embed/intl-warmup.GHI.js',
    reporting: '/_embed/chunk.JKL.js',
  },
  origin: 'https://map.example.org',
  allowedOrigins: null,
  dataVersion: '0123456789ab',
  oembedUrl: 'https://map.example.org/api/oembed?format=json&url=x',
  locale: 'en',
  messages: embedMessages(COMPILED_MESSAGES.en),
  messagesUrl: '/_data/messages-en.test.json',
} satisfies Partial<EmbedPageInput>;
