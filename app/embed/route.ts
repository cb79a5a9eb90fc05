import { getMapData } from '@/lib/data';
import { embedAssets } from '@/lib/embed-assets';
import { embedPageRenderer } from '@/lib/embed-page';
import { parseEmbedOptions, serializeEmbedOptions } from '@/lib/embed-options';
import { frameAncestors, originFromHeaders, originVary } from '@/lib/site';
import { tileConfig } from '@/lib/tiles';

/**
 * Rendered pages by origin and normalised options: the same few views are asked for again and again.
 * Kept as UTF-8 bytes: encoding the 200 KB string again for every answer took about 15% of the
 * server's CPU time under load (TextEncoder and undici's USVString check, in a CPU profile).
 */
const rendered = new Map<string, Uint8Array<ArrayBuffer>>();
const utf8 = new TextEncoder();
const MAX_RENDERED = 256;

/**
 * GET /embed: the light, frameable map (README "Embedding"). Options are parsed, never echoed raw.
 * Its security headers (frameable by any origin, or FRAME_ANCESTORS) come from proxy.ts.
 */
export async function GET(request: Request) {
  const data = getMapData();
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams, {
    places: data.placeOrder,
    layers: data.layers.map((l) => l.id),
    dateRange: data.dateRange,
  });
  const origin = originFromHeaders(request.headers, request.url);
  const allowed = frameAncestors();
  const tiles = tileConfig();
  const qs = serializeEmbedOptions(
    options,
    data.layers.map((l) => l.id),
  );
  const embedUrl = `${origin}/embed${qs ? `?${qs}` : ''}`;
  const html = rendered.get(embedUrl) ?? render(await embedPageRenderer());
  const vary = originVary();
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800',
      ...(vary ? { Vary: vary } : {}),
    },
  });

  function render(renderEmbedPage: Awaited<ReturnType<typeof embedPageRenderer>>): Uint8Array<ArrayBuffer> {
    const page = utf8.encode(
      renderEmbedPage({
        data,
        options,
        tiles: options.state.tiles ? tiles : { ...tiles, url: null },
        assets: embedAssets(),
        origin,
        allowedOrigins: allowed,
        oembedUrl: `${origin}/api/oembed?format=json&url=${encodeURIComponent(embedUrl)}`,
      }),
    );
    // Bounded: the oldest entry goes when the map is full (options are normalised, so hostile
    // queries collapse onto a few keys; the view parameters are the only open-ended part).
    if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
    rendered.set(embedUrl, page);
    return page;
  }
}
