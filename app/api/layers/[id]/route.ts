import { getLayer, layerIds } from '@/lib/data';
import { errorResponse, jsonResponse, rejectMalformedId } from '@/lib/http';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return layerIds().map((id) => ({ id }));
}

/** GET /api/layers/{id}: one layer as a GeoJSON FeatureCollection. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'layer');
  if (malformed) return malformed;
  const layer = getLayer(id);
  if (!layer) return errorResponse(404, 'No layer with this id. See /api/layers for the list.');
  return jsonResponse(layer.collection, 'application/geo+json; charset=utf-8');
}
