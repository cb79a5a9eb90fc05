/**
 * The embed's share of each language's catalogue (lib/messages.ts embedMessages), compiled as
 * next-intl's loader compiles it for the pages (icu-minify), as a content-hashed file under
 * public/_data/ (lib/data-files.ts writes it beside the map's data). An embed fetches its
 * language's file beside the data file instead of carrying the messages in its HTML: its page stays
 * small, and every embed on an article shares one immutable copy. Node-only (fs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compiled } from './compile-messages';
import { type Locale, LOCALES } from './i18n';
import { embedMessages, type Messages } from './messages';

/** A language's catalogue as its file in messages/ holds it (read from disk: no build loader in between). */
function readCatalogue(locale: Locale): Messages {
  const file = path.join(process.cwd(), 'messages', `${locale}.json`);
  return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as Messages;
}

/** Each language's compiled client messages as a JSON body, by language. */
export function messageBodies(): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, JSON.stringify(compiled(embedMessages(readCatalogue(locale))))])) as Record<
    Locale,
    string
  >;
}
