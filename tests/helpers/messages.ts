/** The message catalogues as plain JSON, for tests (the app loads them with lib/messages.ts). */
import compile from 'icu-minify/compile';
import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/messages';
import { type Words, wordsFor } from '@/lib/translate';
import en from '@/messages/en.json' with { type: 'json' };
import uk from '@/messages/uk.json' with { type: 'json' };

export const MESSAGES: Record<Locale, Messages> = { en, uk };

/** lib/'s words (lib/translate.ts) in each language, as the pages make them. */
export const WORDS: Record<Locale, Words> = { en: wordsFor('en', MESSAGES.en), uk: wordsFor('uk', MESSAGES.uk) };

/** A catalogue with every message compiled, as the build's loader gives it (next.config.js `precompile`). */
function compiled(tree: unknown): unknown {
  if (typeof tree === 'string') return compile(tree);
  return Object.fromEntries(Object.entries(tree as Record<string, unknown>).map(([key, value]) => [key, compiled(value)]));
}

/**
 * The catalogues compiled: what the embed's renderer (.embed/render.mjs, whose formatter reads
 * compiled messages only, as in the app) must be given.
 */
export const COMPILED_MESSAGES = { en: compiled(MESSAGES.en), uk: compiled(MESSAGES.uk) } as Record<Locale, Messages>;
