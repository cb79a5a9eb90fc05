/**
 * How quotes are compared with their source text. Both sides are normalised the same way:
 * - Unicode NFC;
 * - typographic single quotes and apostrophes (‘ ’ ‚ ‛ ′) become ', double quotes (“ ” „ ‟ ″) become ";
 * - every run of whitespace (spaces, tabs, line breaks, no-break spaces) becomes one space; ends trimmed.
 * Nothing else is changed: dashes, ellipses, case and spelling must match exactly.
 *
 * @param text any text
 * @returns the text in comparison form
 * @example normaliseText('It’s  “only”\nsix miles') // => 'It\'s "only" six miles'
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Every start offset of `needle` in `haystack`, both already normalised.
 * @returns offsets in ascending order; empty when `needle` does not occur or is empty
 */
export function findAll(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}
