/**
 * How lib/ speaks the reader's language. Functions that put words together take `Words`: the
 * language (for dates and numbers through Intl) and a translation function over the whole message
 * catalogue (messages/*.json; keys such as `Vocabulary.control.russian`). A component gets them
 * with useWords() (components/i18n/use-words.ts), a server page with getWords(), the picture
 * renderer with wordsFor(). So lib/ stays pure and holds no sentence of the interface.
 */
import { createTranslator } from 'next-intl';
import type { Locale } from './i18n';
import type { Messages } from './messages';

export type Translate = ReturnType<typeof createTranslator<Messages>>;

export interface Words {
  locale: Locale;
  t: Translate;
}

/** Words outside React (the pictures of app/image): a translator made from a language's messages. */
export function wordsFor(locale: Locale, messages: Messages): Words {
  return { locale, t: createTranslator({ locale, messages, timeZone: 'UTC' }) };
}
