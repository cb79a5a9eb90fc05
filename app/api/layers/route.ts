import { DATA_LICENCE } from '@/lib/credits';
import { getDataVersion, listLayers } from '@/lib/data';
import { jsonResponse } from '@/lib/http';

// Written once by `next build` and served as a file: the data changes only with a deploy.
export const dynamic = 'force-static';

/** GET /api/layers: the data's licence and the layer index, each layer with its credits. */
export function GET() {
  return jsonResponse({ licence: DATA_LICENCE, layers: listLayers() }, { dataVersion: getDataVersion().id });
}
