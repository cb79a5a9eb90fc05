import { getMapData } from '@/lib/data';
import { errorResponse, jsonResponse } from '@/lib/http';
import { oembedFor } from '@/lib/oembed';
import { originFromHeaders } from '@/lib/site';

/** GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json (oEmbed 1.0, type rich). */
export function GET(request: Request) {
  const result = oembedFor(new URL(request.url).searchParams, originFromHeaders(request.headers, request.url), getMapData());
  return result.ok ? jsonResponse(result.body) : errorResponse(result.status, result.message);
}
