/** The message catalogues as plain JSON, for tests (the app loads them with lib/messages.ts). */
import { compiled } from '@/lib/compile-messages';
import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/messages';
import { type Words, wordsFor } from '@/lib/translate';
import en from '@/messages/en.json' with { type: 'json' };
import uk from '@/messages/uk.json' with { type: 'json' };

export const MESSAGES: Record<Locale, Messages> = { en, uk };

/** lib/'s words (lib/translate.ts) in each language, as the pages make them. */
export const WORDS: Record<Locale, Words> = { en: wordsFor('en', MESSAGES.en), uk: wordsFor('uk', MESSAGES.uk) };

/**
 * The catalogues compiled: what the embed's renderer (.embed/render.mjs, whose formatter reads
 * compiled messages only, as in the app) must be given.
 */
export const COMPILED_MESSAGES = { en: compiled(MESSAGES.en), uk: compiled(MESSAGES.uk) } as Record<Locale, Messages>;
