/**
 * The message catalogues (messages/*.json, ICU message format), one per language. Read by the
 * server (i18n/request.ts) and by the embed's route, which passes its language's messages to the
 * frame. In the Next build each file comes compiled by next-intl's loader (next.config.js), which
 * handles this dynamic import form; elsewhere (tests, scripts) as plain JSON. messages/README.md
 * says how to add a language.
 */
import type { Locale } from './i18n';

/** English is the catalogue every other language must match (its keys are next-intl's typed keys). */
export type Messages = typeof import('@/messages/en.json');

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../messages/${locale}.json`)).default as Messages;
}

/**
 * The namespaces each kind of page's client components read: its provider
 * (components/i18n/page-messages.tsx) passes only these, which go into the page's HTML and into
 * each of the RSC files Next writes for it. Server components read the whole catalogue on the
 * server. tests/lib/page-messages.test.ts reads them off each page's client modules and fails if a
 * list misses one or carries one they do not use (next-intl would only log a missing message).
 */
export const PAGE_NAMESPACES = {
  /** The map page and each story step's page (components/map/map-page.tsx). */
  map: [
    'Compare',
    'CompareControl',
    'Data',
    'DataChanged',
    'Language',
    'Legend',
    'MapCheck',
    'MapPage',
    'MapView',
    'Places',
    'Reports',
    'Share',
    'Situation',
    'Story',
    'Timeline',
    'Vocabulary',
  ],
  /** A place's page: the language switcher, the citation's copy buttons, the note on newer data. */
  place: ['DataChanged', 'Language', 'Share'],
  /** The list of all places. */
  places: ['Data', 'Language', 'MapCheck', 'Reports', 'Vocabulary'],
  /** The pages of text (About, the downloads): the language switcher only. */
  text: ['Language'],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type PageKind = keyof typeof PAGE_NAMESPACES;

/** The messages a kind of page's client components need (PAGE_NAMESPACES). */
export function pageMessages(messages: Messages, page: PageKind): Partial<Messages> {
  return filterNamespaces(messages, PAGE_NAMESPACES[page]);
}

/**
 * The namespaces the embed's components read (components/embed/embed-entry.tsx and what it
 * bundles): the embed's messages file carries only these, as every frame downloads it before it
 * hydrates (issue 12's weight goal). Not the place page's, the share dialog's or the corrections'.
 * tests/lib/embed-messages.test.ts reads the namespaces off the embed bundle's sources and fails if
 * this list misses one or carries one they do not use.
 */
export const EMBED_NAMESPACES = [
  'Compare',
  'CompareControl',
  'Data',
  'DataChanged',
  'Embed',
  'Legend',
  'MapCheck',
  'MapView',
  'Places',
  'Reports',
  'Situation',
  'Story',
  'Timeline',
  'Vocabulary',
] as const satisfies readonly (keyof Messages)[];

/** The messages the embed's components need (EMBED_NAMESPACES), for its frame and its messages file. */
export function embedMessages(messages: Messages): Partial<Messages> {
  return filterNamespaces(messages, EMBED_NAMESPACES);
}

/** The catalogue, in its own order, with only the given namespaces. */
function filterNamespaces(messages: Messages, namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  const names = new Set<string>(namespaces);
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => names.has(namespace)));
}
