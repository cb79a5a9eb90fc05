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
