import compile from 'icu-minify/compile';

/**
 * Every message of a catalogue compiled (a string becomes icu-minify's compact form), as next-intl's
 * loader compiles them for the pages (next.config.js `precompile`): for the embed's messages files
 * (lib/message-files.ts) and the tests' renderers. No Node API, so browser tests may use it.
 */
export function compiled(tree: unknown): unknown {
  if (typeof tree === 'string') return compile(tree);
  return Object.fromEntries(Object.entries(tree as Record<string, unknown>).map(([key, value]) => [key, compiled(value)]));
}
