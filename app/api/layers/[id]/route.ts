import { getLayer } from '@/lib/data';
import { errorResponse, memoJsonResponse, rejectMalformedId } from '@/lib/http';

// Answered from memory, not prerendered: a force-static route with open params writes every
// probed id to disk. Bodies are serialised once per process (lib/http.ts memoJsonResponse).

/** GET /api/layers/{id}: one layer as a GeoJSON FeatureCollection. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'layer');
  if (malformed) return malformed;
  const layer = getLayer(id);
  if (!layer) return errorResponse(404, 'No layer with this id. See /api/layers for the list.');
  return memoJsonResponse(request, `layer:${id}`, () => layer.collection, 'application/geo+json; charset=utf-8');
}
