import { getPlace, placeIds } from '@/lib/data';
import { errorResponse, jsonResponse, rejectMalformedId } from '@/lib/http';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return placeIds().map((id) => ({ id }));
}

/** GET /api/places/{id}: a place, its names and every report about it with citations. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'place');
  if (malformed) return malformed;
  const place = getPlace(id);
  return place ? jsonResponse(place) : errorResponse(404, 'No place with this id. See /api/layers for the places.');
}
