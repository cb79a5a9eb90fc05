/**
 * How the browser asks for one of the build's data files (lib/data-files.ts: the map's data, the
 * digests, a place's reporting, the embed's messages): one request per URL for the life of the
 * page, however many components ask; a failure is not kept, so asking again asks the network again.
 */

// The files are immutable (content-hashed names): the browser's HTTP cache (and nginx, and a CDN)
// keep them across pages and embeds; these only spare the repeated parse and decoding.
const requests = new Map<string, Promise<unknown>>();
const settled = new Map<string, unknown>();

/** What a file's JSON becomes: itself, or the map data decoded from its wire format (now, or once its decoder has loaded). */
export type Decode = (json: unknown) => unknown | Promise<unknown>;
export const asIs: Decode = (json) => json;

/** A file's content already here (decoded), or undefined. */
export const settledFile = (url: string): unknown => settled.get(url);
export const hasSettled = (url: string): boolean => settled.has(url);

/** The file at `url`, decoded; the same promise for every caller until it fails. */
export function requestFile(url: string, decode: Decode = asIs): Promise<unknown> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return decode(await response.json());
    });
    // A failure is not kept: the next request (a retry, "Try again") asks the network again.
    pending.then((value) => settled.set(url, value)).catch(() => requests.delete(url));
    requests.set(url, pending);
  }
  return pending;
}

/** Retries after a failure (a dropped connection, a deploy under way): three tries in all. */
const RETRY_DELAYS_MS = [500, 2000];

/**
 * The file at `url` (requestFile), asked for again after a failure, a little later each time, for
 * what nothing on the page can offer to retry (the embed's messages, before it hydrates).
 * Rejects with the last failure.
 */
export async function requestFilePatiently(url: string, decode: Decode = asIs): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestFile(url, decode);
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}
