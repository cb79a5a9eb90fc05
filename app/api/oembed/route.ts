import { getMapData, getStories } from '@/lib/data';
import { errorResponse, jsonResponse } from '@/lib/http';
import { loadMessages } from '@/lib/messages';
import { oembedFor } from '@/lib/oembed';
import { wordsFor } from '@/lib/translate';
import { storyStepCounts } from '@/lib/story-steps';
import { originFromHeaders, originVary } from '@/lib/site';

/** GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json (oEmbed 1.0, type rich). */
export async function GET(request: Request) {
  const words = { en: wordsFor('en', await loadMessages('en')), uk: wordsFor('uk', await loadMessages('uk')) };
  const result = oembedFor(
    new URL(request.url).searchParams,
    originFromHeaders(request.headers, request.url),
    getMapData(),
    storyStepCounts(getStories()),
    (locale) => words[locale],
  );
  if (!result.ok) return errorResponse(result.status, result.message);
  const response = jsonResponse(result.body);
  const vary = originVary();
  if (vary) response.headers.set('Vary', vary);
  return response;
}
