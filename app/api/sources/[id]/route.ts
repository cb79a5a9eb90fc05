import { getSource } from '@/lib/data';
import { errorResponse, memoJsonResponse, rejectMalformedId } from '@/lib/http';

// Answered from memory, not prerendered (see app/api/layers/[id]/route.ts).

/** GET /api/sources/{id}: one source's citation metadata and the excerpts quoted from it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'source');
  if (malformed) return malformed;
  const source = getSource(id);
  return source
    ? memoJsonResponse(request, `source:${id}`, () => source)
    : errorResponse(404, 'No source with this id. See /api/sources for the list.');
}
