import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { EmbedData, ReportedData } from '@/lib/bulk-points';
import type { MapPlace, PlaceReporting, SearchNames } from '@/lib/map-data';
import { decodeMapData, type MapDataWire } from '@/lib/map-data-codec';
import type { DigestsWire } from '@/lib/decode-digests';

/**
 * Data files the server already put in the page, by URL: what the page shows before its script
 * runs (the selected place's reporting), so that the first render in the browser matches it.
 */
export const DataSeed = createContext<Readonly<Record<string, unknown>>>({});

// The build's data files are immutable (content-hashed names, lib/data-files.ts): one request per
// URL for the life of the page, however many components ask. The browser's HTTP cache (and nginx,
// and a CDN) keep them across pages and embeds; these only spare the repeated parse and decoding.
const requests = new Map<string, Promise<unknown>>();
const settled = new Map<string, unknown>();

/** What a file's JSON becomes: itself, or the map data decoded from its wire format (now, or once its decoder has loaded). */
type Decode = (json: unknown) => unknown | Promise<unknown>;
const asIs: Decode = (json) => json;

function request(url: string, decode: Decode): Promise<unknown> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return decode(await response.json());
    });
    // A failure is not kept: "Try again" asks the network again.
    pending.then((value) => settled.set(url, value)).catch(() => requests.delete(url));
    requests.set(url, pending);
  }
  return pending;
}

/**
 * Starts loading a data file that a component will soon ask for, before the component can know its
 * URL: its request is the one that component's useDataFile then waits on. A failure is left for the
 * component to report (and retry).
 */
export function prefetchDataFile(url: string): void {
  request(url, asIs).catch(() => {});
}

export interface DataFileState<T> {
  /** The file's content, once it is here. */
  value: T | undefined;
  /** The request failed (offline, or a deploy removed the file): say so, and offer retry. */
  failed: boolean;
  retry: () => void;
}

/**
 * One of the build's data files, fetched when `url` is given (undefined: nothing to load).
 * @param decode what its JSON becomes (module-level: one per kind of file, never per render)
 */
function useDataFile<T>(url: string | undefined, decode: Decode = asIs): DataFileState<T> {
  const seed = useContext(DataSeed);
  const known = url === undefined ? undefined : ((seed[url] ?? settled.get(url)) as T | undefined);
  const [loaded, setLoaded] = useState<{ url: string; value?: T; failed?: boolean }>();
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how "Try again" starts the request once more after a failure.
  useEffect(() => {
    if (url === undefined || known !== undefined) return;
    let live = true;
    request(url, decode).then(
      (value) => live && setLoaded({ url, value: value as T }),
      () => live && setLoaded({ url, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [url, known, attempt, decode]);
  const retry = useCallback(() => {
    setLoaded(undefined);
    setAttempt((n) => n + 1);
  }, []);
  const current = loaded?.url === url ? loaded : undefined;
  return { value: known ?? current?.value, failed: known === undefined && Boolean(current?.failed), retry };
}

const decodeMap: Decode = (json) => decodeMapData(json as MapDataWire);

/** The map's data file (lib/data-files.ts), decoded from its wire format (lib/map-data-codec.ts). */
export function useMapData(url: string): DataFileState<EmbedData> {
  return useDataFile<EmbedData>(url, decodeMap);
}

/**
 * The map data joined to every place's report digests (lib/map-data-digests.ts): what a place's
 * situation on any date is read from (lib/map-data.ts situationOn). The map file carries only how
 * each place looks on the latest date (`data.looks`); the digests file is fetched the first time a
 * component asks for it (`wanted`), and once it is here every component that calls this gets it,
 * asked or not.
 * @param data the map data (useMapData), undefined until it is here
 * @param wanted whether this component needs the digests now (a date other than the latest, a place open, the list shown)
 */
export function useReportedData(data: EmbedData | undefined, wanted: boolean): DataFileState<ReportedData> {
  const url = data && (wanted || settled.has(data.digests)) ? data.digests : undefined;
  // The decoder is a chunk of its own in the embed (scripts/build-embed.mjs), loaded with the file: most
  // frames never ask for the digests, and the embed's start is on a budget (tests/lib/embed-budget.test.ts).
  // One per map data object (the same for the life of the page): useDataFile's effect depends on it.
  const decode = useMemo<Decode>(() => async (json) => (await import('@/lib/decode-digests')).decodeDigests(json as DigestsWire, data!), [data]);
  return useDataFile<ReportedData>(url, decode);
}

/** A place's reporting in full (quotes, citations, sources), loaded when the place is shown. */
export function usePlaceReporting(place: Pick<MapPlace, 'reporting'> | undefined): DataFileState<PlaceReporting> {
  return useDataFile<PlaceReporting>(place?.reporting);
}

/** The search's names file (Russian names, other spellings), loaded once a reader starts a search. */
export function useSearchNames(url: string | undefined): DataFileState<SearchNames> {
  return useDataFile<SearchNames>(url);
}
