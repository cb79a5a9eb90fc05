/**
 * Links that open an article at a quoted passage: URL text fragments (`#:~:text=`), from the WICG
 * "URL Fragment Text Directives" specification, which Chromium, Safari and Firefox follow. Pure.
 *
 * A directive's terms are percent-encoded, and the characters its syntax uses (`-` marks a prefix or
 * suffix, `,` separates start from end, `&` separates directives) must be encoded inside a term.
 * The browser matches whole words, with white space collapsed as it is rendered.
 */

/** Quotes longer than this many words are matched by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE_WORDS = 12;
/** How many words a long quote's start and end each take: enough to be unique in an article. */
const EDGE_WORDS = 5;

/** A term of a text directive: encodeURIComponent leaves `-` as is, which the directive reserves. */
export function encodeTextDirectiveTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The `text=` directive that finds `quote`: the whole quote, or its first and last words when long. */
export function textDirectiveOf(quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= WHOLE_QUOTE_WORDS) return `text=${encodeTextDirectiveTerm(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * `url` opening at `quote`. A URL that has a fragment keeps it: the directive follows its `:~:`
 * delimiter, as the specification allows. An empty quote leaves the URL as it is.
 */
export function quoteLinkOf(url: string, quote: string): string {
  const directive = textDirectiveOf(quote);
  if (!directive) return url;
  return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}
