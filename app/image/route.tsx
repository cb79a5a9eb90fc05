import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { baseIds, tileConfig } from '@/lib/tiles';
import { MapImage } from '@/components/map-picture/map-image';
import { getDataVersion, getMapData } from '@/lib/data';
import { DATA_VERSION_HEADER, errorResponse } from '@/lib/http';
import { imageFonts } from '@/lib/image-fonts';
import { parseImageRequest } from '@/lib/image-request';
import { imageOf } from '@/lib/map-image';
import { loadMessages } from '@/lib/messages';
import { wordsFor } from '@/lib/translate';

/** Kept by browsers for minutes and by shared caches for a day: the picture changes only with a deploy. */
const CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800';

/**
 * GET /image: a picture (PNG, or SVG with `format=svg`) of any view the map's URL can express,
 * drawn from the layers with the legend, the date, the credits and the data version, no tile
 * server involved (README "Pictures of the map"). Drawn once as SVG by satori; the PNG is that SVG
 * rasterised by resvg. Bad parameters: 400 with a message naming them.
 */
export async function GET(request: Request) {
  const data = getMapData();
  // A listed base map is accepted and ignored (the picture draws no tiles); an unknown one is a 400.
  const known = { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange, bases: baseIds(tileConfig()) };
  const parsed = parseImageRequest(new URL(request.url).searchParams, known);
  if (!parsed.ok) return errorResponse(400, parsed.message);
  const { request: asked } = parsed;
  const version = getDataVersion();
  const content = imageOf(data, asked, version, wordsFor(asked.lang, await loadMessages(asked.lang)));
  const element = <MapImage content={content} theme={asked.theme} />;
  const fonts = imageFonts();
  const headers = {
    'Cache-Control': CACHE_CONTROL,
    [DATA_VERSION_HEADER]: version.id,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': DATA_VERSION_HEADER,
  };
  const svg = await satori(element, { width: asked.width, height: asked.height, fonts });
  if (asked.format === 'svg') return new Response(svg, { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  // satori has drawn every text as paths: the rasteriser needs no fonts. Native resvg, not next/og's
  // WebAssembly build, which took 10 to 20 times as long for a 1200 × 630 picture (measured here).
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png' } });
}
