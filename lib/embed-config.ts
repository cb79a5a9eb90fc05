/**
 * The configuration the embed page hands its client (the `fm-config` JSON block): written by
 * components/embed/embed-document.tsx on the server, read by components/embed/embed-entry.tsx. One
 * type for both sides, so the compiler checks that what the server writes is what the client reads.
 * It never carries the map's data: the client fetches the build's shared data file (shell.dataUrl).
 */
import type { ReportedData } from './bulk-points';
import type { EmbedOptions } from './embed-options';
import { type Locale, layerTitle, localisedPath } from './i18n';
import type { Messages } from './messages';
import { type MapShell, type PlaceReporting, type ReportedPlace, shellOf } from './map-data';
import type { Story } from './stories';
import type { TileConfig } from './tiles';

/**
 * What the frame shows before its script has run, or where none runs: the selected place with its
 * situation and reporting, or a count of what the map holds. Its size does not grow with the data.
 */
export type EmbedPreview =
  | { kind: 'place'; place: ReportedPlace; layerTitle: string; reporting: PlaceReporting; container?: ReportedPlace }
  | { kind: 'summary'; places: number; reports: number };

export interface EmbedConfig {
  shell: MapShell;
  options: EmbedOptions;
  tiles: TileConfig;
  /** Absolute URL of the full map page (without query). */
  fullMapUrl: string;
  /** Origins allowed to frame and command the map, or null for any. */
  allowedOrigins: string[] | null;
  preview: EmbedPreview;
  /** The data version (lib/data-version.ts): an embed whose URL cites another (`v=`) says the data has changed. */
  dataVersion: string;
  /** The story the frame opens (`story`), its steps without their quotes. */
  story?: Story;
  /** The interface's language, and its messages (messages/*.json) for the frame's components. */
  locale: Locale;
  messages: Partial<Messages>;
  /** Where the browser gets those messages (lib/message-files.ts): the page's JSON block leaves them out. */
  messagesUrl: string;
}

/**
 * What the page's JSON block carries: the configuration without its messages, which the browser
 * fetches (`messagesUrl`, preloaded beside the data file) and every embed on a page shares.
 */
export type EmbedWireConfig = Omit<EmbedConfig, 'messages'>;

export function wireConfigOf({ messages: _messages, ...wire }: EmbedConfig): EmbedWireConfig {
  return wire;
}

export interface EmbedConfigInput {
  /** The map's data file and its report digests, as the server read them (lib/data.ts). */
  data: ReportedData;
  /** Where the browser gets that file. */
  dataUrl: string;
  /** The selected place's reporting, when a place is selected. */
  reporting: PlaceReporting | undefined;
  options: EmbedOptions;
  tiles: TileConfig;
  /** Absolute origin of this site, e.g. https://map.example.org */
  origin: string;
  allowedOrigins: string[] | null;
  dataVersion: string;
  story?: Story;
  locale: Locale;
  messages: Partial<Messages>;
  messagesUrl: string;
}

function previewOf(data: ReportedData, options: EmbedOptions, reporting: PlaceReporting | undefined, locale: Locale): EmbedPreview {
  const id = options.state.place;
  const place = id ? data.places[id] : undefined;
  if (place && reporting) {
    const layer = data.layers.find((l) => l.id === place.layer);
    const title = layer ? layerTitle(layer, locale) : '';
    // The place it is part of, whose later reporting may make its own out of date.
    const container = place.part_of ? data.places[place.part_of] : undefined;
    return { kind: 'place', place, layerTitle: title, reporting, ...(container ? { container } : {}) };
  }
  const reports = new Set(Object.values(data.places).flatMap((p) => p.reports.map((r) => r.id)));
  return { kind: 'summary', places: data.placeOrder.length, reports: reports.size };
}

/** The client's configuration for one embed page. */
export function embedConfigOf({
  data,
  dataUrl,
  reporting,
  options,
  tiles,
  origin,
  allowedOrigins,
  dataVersion,
  story,
  locale,
  messages,
  messagesUrl,
}: EmbedConfigInput): EmbedConfig {
  // The preview first: the page's JSON block follows the HTML rendered from it, and gzip finds the
  // quotes they share only within 32 KB, so the timeline's dates (up to 9 KB) go after them.
  return {
    preview: previewOf(data, options, reporting, locale),
    shell: shellOf(data, dataUrl),
    options,
    tiles,
    // The full map in the frame's language (lib/i18n.ts).
    fullMapUrl: `${origin}${localisedPath('/', locale)}`,
    allowedOrigins,
    dataVersion,
    ...(story ? { story } : {}),
    locale,
    messages,
    messagesUrl,
  };
}

/**
 * Whether the frame's first view reads the report digests (components/embed/embed-app.tsx): its
 * list is shown, a place is open (its pop-up or panel), or it opens on a date other than the latest
 * (the map file's looks are the latest date's). Then the page preloads them beside the map file.
 */
export function digestsAtOnce({ options, shell }: Pick<EmbedConfig, 'options' | 'shell'>): boolean {
  const { date, place } = options.state;
  return options.list || place !== undefined || (date !== undefined && date !== shell.dateRange.max);
}

/** What the embed page is rendered from (components/embed/embed-document.tsx, loaded by lib/embed-page.ts). */
export interface EmbedPageInput extends EmbedConfigInput {
  /** The bundled client: its entry script, stylesheet (and its text, inlined), chunks to preload and Intl warm-up worker (lib/embed-assets.ts). */
  assets: { js: string; css: string; styles: string; preload: readonly string[]; intlWarmup: string; reporting: string };
  /** The oEmbed discovery URL for this embed's state. */
  oembedUrl: string;
}
