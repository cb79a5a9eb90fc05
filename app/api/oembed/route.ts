import { getMapData, getStories } from '@/lib/data';
import { errorResponse, jsonResponse } from '@/lib/http';
import { oembedFor } from '@/lib/oembed';
import { storyStepCounts } from '@/lib/story-steps';
import { originFromHeaders, originVary } from '@/lib/site';

/** GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json (oEmbed 1.0, type rich). */
export function GET(request: Request) {
  const result = oembedFor(
    new URL(request.url).searchParams,
    originFromHeaders(request.headers, request.url),
    getMapData(),
    storyStepCounts(getStories()),
  );
  if (!result.ok) return errorResponse(result.status, result.message);
  const response = jsonResponse(result.body);
  const vary = originVary();
  if (vary) response.headers.set('Vary', vary);
  return response;
}
