import { getPlace } from '@/lib/data';
import { errorResponse, memoJsonResponse, rejectMalformedId } from '@/lib/http';

// Answered from memory, not prerendered (see app/api/layers/[id]/route.ts).

/** GET /api/places/{id}: a place, its names and every report about it with citations and claims. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'place');
  if (malformed) return malformed;
  const place = getPlace(id);
  return place
    ? memoJsonResponse(request, `place:${id}`, () => place)
    : errorResponse(404, 'No place with this id. See /api/layers for the places.');
}
