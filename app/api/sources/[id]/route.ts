import { getDataVersion, getSource, sourceIds } from '@/lib/data';
import { errorResponse, jsonResponse } from '@/lib/http';

// Prerendered for every source; other ids get the catch-all's JSON 404 or 400 (see app/api/layers/[id]/route.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = sourceIds;

/** GET /api/sources/{id}: one source's citation metadata and the excerpts quoted from it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = getSource((await params).id);
  return source
    ? jsonResponse(source, { dataVersion: getDataVersion().id })
    : errorResponse(404, 'No source with this id. See /api/sources for the list.');
}
