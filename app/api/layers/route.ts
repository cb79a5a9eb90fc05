import { listLayers } from '@/lib/data';
import { jsonResponse } from '@/lib/http';

export const dynamic = 'force-static';

/** GET /api/layers: the layer index. */
export function GET() {
  return jsonResponse({ layers: listLayers() });
}
