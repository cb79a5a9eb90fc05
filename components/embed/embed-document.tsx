/**
 * The embed page (/embed) as one HTML document, rendered on the server from the same component the
 * browser hydrates (EmbedApp), so that it reads without JavaScript: the date, the link to the full
 * map and the text list of places with their quotes. Bundled by scripts/build-embed.mjs with Preact
 * (and preact-render-to-string) for the route app/embed/route.ts (lib/embed-page.ts loads it).
 */
import { renderToString } from 'react-dom/server';
import { digestsAtOnce, type EmbedConfig, embedConfigOf, type EmbedPageInput, wireConfigOf } from '@/lib/embed-config';
import { jsonForScript } from '@/lib/html';
import { localName } from '@/lib/i18n';
import { wordsFor } from '@/lib/translate';
import { mapColourCss } from '@/lib/styles';
import { urlWithState } from '@/lib/url-state';
import { imagePathOf } from '@/lib/image-request';
import type { Messages } from '@/lib/messages';
import { EmbedApp } from './embed-app';
// Bundled here: the server renders a place's preview with them at once (the browser loads them as a chunk).
import { reporting } from './embed-reporting';

function EmbedDocument({ config, assets, oembedUrl }: { config: EmbedConfig; assets: EmbedPageInput['assets']; oembedUrl: string }) {
  const { options, preview } = config;
  const place = preview.kind === 'place' ? preview.place : undefined;
  // Outside the frame's IntlProvider (EmbedApp's): a translator of its own, from the same messages
  // (the embed's share of the catalogue, lib/messages.ts embedMessages, which holds `Embed`).
  const { t } = wordsFor(config.locale, config.messages as Messages);
  const title = place ? t('Embed.titlePlace', { name: localName(place, config.locale) }) : t('Embed.title');
  return (
    <html lang={config.locale} data-theme={options.theme} data-intl-warmup={assets.intlWarmup} data-reporting-chunk={assets.reporting}>
      {/* biome-ignore lint/style/noHeadElement: this whole document is rendered by react-dom/server (Preact in the build) for the /embed route handler, outside Next's pages, where next/head does not exist. */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* The site's icon (app/icon.svg, which Next links in its own pages): no favicon.ico request and 404 when /embed is opened on its own. */}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {/* The frame's whole stylesheet (about 6 KB gzip), inlined: the page paints as soon as it has
            arrived, without a render-blocking request (a round trip on a phone's network) first. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the build's stylesheet (lib/embed-assets.ts checks it cannot close the element): constant text, no request value in it. */}
        <style dangerouslySetInnerHTML={{ __html: assets.styles }} />
        {/* The map's data file, shared with every page and frame: asked for while the script loads. */}
        <link rel="preload" href={config.shell.dataUrl} as="fetch" crossOrigin="anonymous" />
        <link rel="preload" href={config.messagesUrl} as="fetch" crossOrigin="anonymous" />
        {/* The report digests too, where the first view reads them (a place, another date, the list); most frames never do. */}
        {digestsAtOnce(config) && <link rel="preload" href={config.shell.digestsUrl} as="fetch" crossOrigin="anonymous" />}
        {assets.preload.map((href) => (
          <link key={href} rel="modulepreload" href={href} />
        ))}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the map's colours from the style table: constant text, no request value in it. */}
        <style dangerouslySetInnerHTML={{ __html: mapColourCss() }} />
        <link rel="alternate" type="application/json+oembed" href={oembedUrl} title={title} />
        <link rel="canonical" href={urlWithState(config.fullMapUrl, options.state, config.shell.layerIds)} />
      </head>
      <body>
        <div id="fm-root">
          <EmbedApp config={config} reporting={reporting} />
        </div>
        {/* Without JavaScript, a picture of the view (app/image) where the map would be: outside the
            hydrated root, so that the browser never loads it when the map runs. */}
        <noscript>
          {/* biome-ignore lint/performance/noImgElement: this document is rendered by Preact for /embed, where next/image does not run. */}
          <img
            className="fm-noscript-picture"
            src={imagePathOf(options.state, config.shell.layerIds, {
              width: 800,
              height: 500,
              lang: config.locale,
              ...(options.theme === 'dark' ? { theme: 'dark' } : {}),
            })}
            width={800}
            height={500}
            alt={t('Embed.noscriptAlt')}
          />
        </noscript>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON data island; jsonForScript escapes <, > and & (so no </script>), and a script's text cannot be set otherwise. */}
        <script id="fm-config" type="application/json" dangerouslySetInnerHTML={{ __html: jsonForScript(wireConfigOf(config)) }} />
        <script type="module" src={assets.js} />
      </body>
    </html>
  );
}

const DOCTYPE = '<!doctype html>';

/** The whole embed page for one request's options. Pure: everything it shows comes from its input. */
export function renderEmbedPage(input: EmbedPageInput): string {
  const config = embedConfigOf(input);
  return `${DOCTYPE}${renderToString(<EmbedDocument config={config} assets={input.assets} oembedUrl={input.oembedUrl} />)}`;
}
