import { getDataVersion, getLayer, layerIds } from '@/lib/data';
import { errorResponse, jsonResponse } from '@/lib/http';

// Every layer is written by `next build`; with dynamicParams off, any other id (unknown or
// malformed) never reaches this handler and nothing is rendered or stored at run time: Next hands
// it to app/api/[...path]/route.ts, which answers the JSON 404 or 400.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = layerIds;

/** GET /api/layers/{id}: one layer as a GeoJSON FeatureCollection. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const layer = getLayer((await params).id);
  // Unreachable for ids outside generateStaticParams; kept so that a bad list fails loudly at build.
  if (!layer) return errorResponse(404, 'No layer with this id. See /api/layers for the list.');
  return jsonResponse(layer.collection, { contentType: 'application/geo+json; charset=utf-8', dataVersion: getDataVersion().id });
}
