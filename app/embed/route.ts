import { getDataManifest, getDataVersion, getMapData, getPlaceReporting, getStories } from '@/lib/data';
import { storyStepCounts } from '@/lib/story-steps';
import { embedAssets } from '@/lib/embed-assets';
import { embedPageRenderer } from '@/lib/embed-page';
import { parseEmbedOptions, serializeEmbedOptions } from '@/lib/embed-options';
import { embedMessages, loadMessages } from '@/lib/messages';
import { oembedDiscoveryUrl } from '@/lib/oembed';
import { frameAncestors, originFromHeaders, originVary } from '@/lib/site';
import { baseIds, tileConfig } from '@/lib/tiles';

/**
 * GET /embed: the light, frameable map (README "Embedding"). Options are parsed, never echoed raw.
 * Its security headers (frameable by any origin, or FRAME_ANCESTORS) come from proxy.ts.
 */
export async function GET(request: Request) {
  const data = getMapData();
  const url = new URL(request.url);
  const tiles = tileConfig();
  const options = parseEmbedOptions(url.searchParams, {
    places: data.placeOrder,
    layers: data.layers.map((l) => l.id),
    dateRange: data.dateRange,
    bases: baseIds(tiles),
    stories: storyStepCounts(getStories()),
  });
  const origin = originFromHeaders(request.headers, request.url);
  const allowed = frameAncestors();
  const qs = serializeEmbedOptions(
    options,
    data.layers.map((l) => l.id),
  );
  const embedUrl = `${origin}/embed${qs ? `?${qs}` : ''}`;
  const renderEmbedPage = await embedPageRenderer();
  // Cheap to render: the page carries the selected place's reporting or a summary, never the data
  // set (the browser fetches the build's shared data file), so nothing here is kept between requests.
  const html = renderEmbedPage({
    locale: options.lang,
    messages: embedMessages(await loadMessages(options.lang)),
    messagesUrl: getDataManifest().messages[options.lang],
    data,
    dataUrl: getDataManifest().map,
    reporting: options.state.place ? getPlaceReporting(options.state.place) : undefined,
    options,
    // `tiles=0`: a host page that asked for no third-party tiles gets none, not even in the switcher.
    tiles: options.state.tiles ? tiles : { ...tiles, url: null, sources: [] },
    assets: embedAssets(),
    origin,
    allowedOrigins: allowed,
    dataVersion: getDataVersion().id,
    // Only the story the frame opens (a few steps, no quotes): the quotes come with the places' reporting files.
    story: getStories().find((s) => s.id === options.state.story),
    oembedUrl: oembedDiscoveryUrl(origin, embedUrl),
  });
  const vary = originVary();
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800',
      ...(vary ? { Vary: vary } : {}),
    },
  });
}
