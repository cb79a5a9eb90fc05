import { errorResponse, rejectMalformedId } from '@/lib/http';

// Rendered per request and never stored: Next also hands this route every id the prerendered
// {id} routes do not list (they set dynamicParams = false), so it must not write a file per
// probed path.
export const dynamic = 'force-dynamic';

/** The prerendered {id} routes, by their collection's path segment: what one item is called, and where the list is. */
const ID_ROUTES: Record<string, { kind: string; list: string }> = {
  layers: { kind: 'layer', list: '/api/layers' },
  places: { kind: 'place', list: '/api/layers' },
  sources: { kind: 'source', list: '/api/sources' },
};

/**
 * Any other /api/ path: a JSON error, like the rest of the API (not Next's HTML page). An id the
 * {id} routes do not know gets their answer: 400 when malformed, else 404 (README "The API").
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const [collection, id, ...rest] = (await params).path;
  const route = collection !== undefined && Object.hasOwn(ID_ROUTES, collection) ? ID_ROUTES[collection] : undefined;
  if (route && id !== undefined && rest.length === 0) {
    return rejectMalformedId(id, route.kind) ?? errorResponse(404, `No ${route.kind} with this id. See ${route.list} for the list.`);
  }
  return errorResponse(404, 'No such API route. See /api/layers and /api/sources.');
}
