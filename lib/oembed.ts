/**
 * oEmbed 1.0 (https://oembed.com/) for this site's map pages: type `rich`, an iframe of /embed in
 * the same state. Pure: the caller passes the site's origin and the map data.
 */
import { parseEmbedOptions, serializeEmbedOptions } from './embed-options';
import { escapeHtml as h } from './html';
import { baseIds, tileConfig } from './tiles';
import { IMAGE_SIZE, imagePathOf } from './image-request';
import type { EmbedData } from './bulk-points';
import { type Locale, localName, prefixOf } from './i18n';
import type { Words } from './translate';

export const PROVIDER_NAME = 'Front-line map';
export const DEFAULT_WIDTH = 800;
const ASPECT = 0.75;
/**
 * The address of this site's oEmbed answer for one of its pages, for the page's discovery link
 * (`<link rel="alternate" type="application/json+oembed">`).
 * @param origin this site's origin
 * @param pageUrl the page's absolute URL (a map page or /embed)
 */
export function oembedDiscoveryUrl(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?format=json&url=${encodeURIComponent(pageUrl)}`;
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export type OEmbedResult = { ok: true; body: OEmbedRich } | { ok: false; status: 400 | 404 | 501; message: string };

function dimension(raw: string | null): number | undefined | null {
  if (raw === null || raw === '') return undefined;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= 10000 ? n : null;
}

/**
 * Answers an oEmbed request.
 * @param params the request's query (url, maxwidth, maxheight, format)
 * @param origin this site's origin; only its map pages (`/`, `/uk`) and `/embed` are embeddable
 * @param wordsOf the words of each language: the title is in the embed's
 */
export function oembedFor(
  params: URLSearchParams,
  origin: string,
  data: Pick<EmbedData, 'layers' | 'placeOrder' | 'places' | 'dateRange'>,
  /** Each story's step count (lib/story-steps.ts): a shared story step is embedded at that step. */
  stories: Readonly<Record<string, number>>,
  wordsOf: (locale: Locale) => Words,
): OEmbedResult {
  const format = params.get('format');
  if (format !== null && format !== 'json') return { ok: false, status: 501, message: 'Only format=json is implemented.' };
  const raw = params.get('url');
  if (!raw) return { ok: false, status: 400, message: 'The url parameter is required.' };
  if (raw.length > 2000) return { ok: false, status: 400, message: 'The url parameter is too long.' };
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return { ok: false, status: 400, message: 'The url parameter is not a valid URL.' };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    return { ok: false, status: 400, message: 'The url must be an http or https URL.' };
  const maxwidth = dimension(params.get('maxwidth'));
  const maxheight = dimension(params.get('maxheight'));
  if (maxwidth === null || maxheight === null)
    return { ok: false, status: 400, message: 'maxwidth and maxheight must be whole numbers from 1 to 10000.' };
  // The map in Ukrainian (`/uk`) embeds in Ukrainian, unless its query says otherwise.
  const mapPage = target.pathname === '/' || (prefixOf(target.pathname)?.path === '/' && target.pathname !== '/en');
  if (target.origin !== origin || (!mapPage && target.pathname !== '/embed')) {
    return { ok: false, status: 404, message: 'The url is not a map page of this site.' };
  }

  const layers = data.layers.map((l) => l.id);
  const options = parseEmbedOptions(target.searchParams, {
    places: data.placeOrder,
    layers,
    dateRange: data.dateRange,
    bases: baseIds(tileConfig()),
    stories,
  });
  const pageLocale = prefixOf(target.pathname)?.locale;
  if (pageLocale && !target.searchParams.has('lang')) options.lang = pageLocale;
  const qs = serializeEmbedOptions(options, layers);
  const place = options.state.place ? data.places[options.state.place] : undefined;
  const { t } = wordsOf(options.lang);
  const title = place ? t('OEmbed.titlePlace', { place: localName(place, options.lang) }) : t('OEmbed.title');
  let width = Math.min(DEFAULT_WIDTH, maxwidth ?? DEFAULT_WIDTH);
  let height = Math.round(width * ASPECT);
  if (maxheight !== undefined && height > maxheight) {
    height = maxheight;
    width = Math.min(width, Math.round(height / ASPECT));
  }
  const src = `${origin}/embed${qs ? `?${qs}` : ''}`;
  const html =
    `<iframe class="frontline-map-frame" src="${h(src)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;border:0" ` +
    `title="${h(title)}" loading="lazy" allowfullscreen></iframe>` +
    `<script async src="${h(origin)}/embed.js"></script>`;
  return {
    ok: true,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: PROVIDER_NAME,
      provider_url: `${origin}/`,
      html,
      width,
      height,
      cache_age: 86400,
      // A picture of the embedded view itself (app/image), in the embed's theme where it has one.
      thumbnail_url: `${origin}${imagePathOf(options.state, layers, { lang: options.lang, ...(options.theme === 'dark' ? { theme: 'dark' } : {}) })}`,
      thumbnail_width: IMAGE_SIZE.width.default,
      thumbnail_height: IMAGE_SIZE.height.default,
    },
  };
}
