/**
 * A story step's own prerendered page (app/[locale]/stories/[story]/[step]): the map page as it
 * opens at that step, with the step's quote rendered on the server, so that a reader arriving from
 * a story's link sees the quote (the page's largest paint) before the page's script runs, and a
 * reader without JavaScript reads it. Its public address stays the map's, `/?story=…&step=…`:
 * proxy.ts serves the step's page there (storyPageFor) and sends the page's own path to it
 * (publicStoryUrl). Pure; used by proxy.ts.
 */
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

/** The step a `step` parameter asks for, read as the map reads it (lib/url-state.ts): the first when absent or malformed. */
function stepOf(raw: string | null): number {
  const step = raw !== null && /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
  return Math.max(step, 1);
}

/** The app's path of a story step's page, for a locale's map page path (`/en`, `/uk`). */
export const storyPagePath = (mapPage: string, story: string, step: number) => `${mapPage}/stories/${story}/${step}`;

/**
 * The story step page that answers a request for a map page with a `story` parameter, by the app's
 * path of that map page (`/en` or `/uk`, as proxy.ts rewrites it), or undefined. The page may not
 * exist (an unknown story, a step past the last): proxy.ts serves it only where the build made it,
 * and the map page otherwise, which opens the story's first step or none, as before.
 */
export function storyPageFor(mapPage: string, params: URLSearchParams): string | undefined {
  if (!/^\/[a-z]{2}$/.test(mapPage)) return undefined;
  const story = params.get('story');
  if (story === null || story.length > MAX_ID_LENGTH || !ID_PATTERN.test(story)) return undefined;
  return storyPagePath(mapPage, story, stepOf(params.get('step')));
}

const STORY_PAGE = /^\/([a-z]{2})\/stories\/([^/]+)\/([^/]+)$/;

/**
 * Where a request for a story step page's own path is sent (`/uk/stories/x/2` → `/uk?story=x&step=2`),
 * by the app's path it would be served from; undefined for any other path. The page reads its
 * state from the map's query, so it is only ever shown under the map's address.
 * @param defaultLocale the locale whose pages have no prefix
 */
export function publicStoryUrl(internal: string, defaultLocale: string): string | undefined {
  const match = STORY_PAGE.exec(internal);
  if (!match) return undefined;
  const [, locale, story, step] = match;
  const query = new URLSearchParams({ story: story! });
  if (step !== '1') query.set('step', step!);
  return `${locale === defaultLocale ? '/' : `/${locale}`}?${query}`;
}
