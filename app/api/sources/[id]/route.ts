import { getSource, sourceIds } from '@/lib/data';
import { errorResponse, jsonResponse, rejectMalformedId } from '@/lib/http';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return sourceIds().map((id) => ({ id }));
}

/** GET /api/sources/{id}: one source's citation metadata and the excerpts quoted from it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const malformed = rejectMalformedId(id, 'source');
  if (malformed) return malformed;
  const source = getSource(id);
  return source ? jsonResponse(source) : errorResponse(404, 'No source with this id. See /api/sources for the list.');
}
