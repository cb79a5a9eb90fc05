import { getDataVersion, getPlace, placeIds } from '@/lib/data';
import { withClaimSummaries } from '@/lib/english-words';
import { errorResponse, jsonResponse } from '@/lib/http';

// Prerendered for every place; other ids get the catch-all's JSON 404 or 400 (see app/api/layers/[id]/route.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = placeIds;

/** GET /api/places/{id}: a place, its names and every report about it with citations and claims (each with its English `summary`). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const place = getPlace((await params).id);
  return place
    ? jsonResponse(withClaimSummaries(place), { dataVersion: getDataVersion().id })
    : errorResponse(404, 'No place with this id. See /api/layers for the places.');
}
