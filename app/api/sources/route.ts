import { listSources } from '@/lib/data';
import { memoJsonResponse } from '@/lib/http';

// Answered from memory, not prerendered (see app/api/layers/route.ts).

/** GET /api/sources: citation metadata and quoted excerpts of every source. */
export function GET(request: Request) {
  return memoJsonResponse(request, 'sources', () => ({ sources: listSources() }));
}
