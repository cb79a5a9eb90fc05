import { listLayers } from '@/lib/data';
import { memoJsonResponse } from '@/lib/http';

// Answered from memory like the {id} routes (not prerendered), so that every API answer has an
// ETag and a 304 for If-None-Match, and the origin's response cache can answer it the same way.

/** GET /api/layers: the layer index. */
export function GET(request: Request) {
  return memoJsonResponse(request, 'layers', () => ({ layers: listLayers() }));
}
