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
 * Namespaces that only the server reads: pages rendered on the server (About, the downloads, the
 * list of places, the 404 page), metadata, oEmbed and the pictures. Left out of what the browser
 * gets (clientMessages), so that the map page and every embed do not carry the About page's prose.
 */
const SERVER_ONLY_NAMESPACES = [
  'Site',
  'About',
  'Downloads',
  'AllPlaces',
  'NotFound',
  'OEmbed',
  'Picture',
] as const satisfies readonly (keyof Messages)[];

/** The messages the browser's components need: the catalogue without its server-only namespaces. */
export function clientMessages(messages: Messages): Partial<Messages> {
  return filterNamespaces(messages, SERVER_ONLY_NAMESPACES, false);
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
  return filterNamespaces(messages, EMBED_NAMESPACES, true);
}

/** The catalogue, in its own order, with only the given namespaces (`listed` true) or without them (false). */
function filterNamespaces(messages: Messages, namespaces: readonly (keyof Messages)[], listed: boolean): Partial<Messages> {
  const names = new Set<string>(namespaces);
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => names.has(namespace) === listed));
}
