/**
 * Which catalogue namespaces source files use, read off their text: a namespace is used where a
 * string starts with its name (`useTranslations('Reports')`, `t('Vocabulary.controlNotReported')`,
 * `` t(`MapCheck.compass.${first}`) ``). Shared by the tests that keep each provider's messages to
 * what its components read (tests/lib/embed-messages.test.ts, tests/lib/page-messages.test.ts).
 */

/** A source without its comments, whose quoted words ("the Legend line") are no message keys. */
export const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The catalogue namespaces that the given sources name in a string: the namespace, or a key in it. */
export function namespacesUsed(sources: readonly string[], namespaces: readonly string[]): string[] {
  const texts = sources.map(withoutComments);
  return namespaces.filter((ns) => texts.some((text) => new RegExp(`['"\`]${ns}['"\`.]`).test(text)));
}
