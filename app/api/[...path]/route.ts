import { errorResponse } from '@/lib/http';

/** Any other /api/ path: a JSON 404, like the rest of the API (not Next's HTML page). */
export function GET() {
  return errorResponse(404, 'No such API route. See /api/layers and /api/sources.');
}
