import { getDataVersion, listSources } from '@/lib/data';
import { jsonResponse } from '@/lib/http';

// Prerendered (see app/api/layers/route.ts).
export const dynamic = 'force-static';

/** GET /api/sources: citation metadata and quoted excerpts of every source. */
export function GET() {
  return jsonResponse({ sources: listSources() }, { dataVersion: getDataVersion().id });
}
