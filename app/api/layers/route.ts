import { listLayers } from '@/lib/data';
import { jsonResponse } from '@/lib/http';

// Written once by `next build` and served as a file: the data changes only with a deploy.
export const dynamic = 'force-static';

/** GET /api/layers: the layer index. */
export function GET() {
  return jsonResponse({ layers: listLayers() });
}
