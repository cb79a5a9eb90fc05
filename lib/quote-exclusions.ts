/**
 * Which stretches of a source text may not be quoted, and whether a quote stands clear of them.
 *
 * A source's `excluded_passages` name passages by their words. Where those words stand in the
 * text depends on the reason:
 * - `error` and `furniture`: every occurrence is excluded (an error is wrong wherever it appears);
 * - `duplicate`: the words appear more than once and every copy after the first is excluded. The
 *   first copy is the text itself and stays quotable.
 *
 * A quote's words may occur more than once too (they do whenever they lie inside a duplicated
 * paragraph). A quote is accepted when at least one of its occurrences overlaps no excluded
 * stretch: the same words, read where the text is sound, are a faithful quote. It is refused only
 * when every occurrence overlaps one, e.g. a quote that runs from the preceding paragraph into the
 * second copy, which occurs once.
 *
 * Texts and passages are compared in normalised form (lib/normalise-text.ts).
 */
import { findAll, normaliseText } from './normalise-text';
import type { Source } from './schemas';

export type ExcludedPassage = Source['excluded_passages'][number];

/** A stretch of the normalised text, [start, end), and the passage record that excludes it. */
export interface ExcludedSpan {
  start: number;
  end: number;
  passage: ExcludedPassage;
}

/**
 * The stretches of a source text that may not be quoted.
 *
 * @param text the source text, normalised
 * @param passages the source's excluded passages, as written in sources.json
 * @returns the excluded stretches in text order; a passage not found in the text yields none
 * @example excludedSpans('A. B. A.', [{ passage: 'A.', reason: 'duplicate', note: '' }]) // => [{ start: 6, end: 8, … }]
 */
export function excludedSpans(text: string, passages: readonly ExcludedPassage[]): ExcludedSpan[] {
  const spans: ExcludedSpan[] = [];
  for (const passage of passages) {
    const words = normaliseText(passage.passage);
    const starts = findAll(text, words);
    const excluded = passage.reason === 'duplicate' ? starts.slice(1) : starts;
    for (const start of excluded) spans.push({ start, end: start + words.length, passage });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The excluded passages that keep a quote out.
 *
 * @param text the source text, normalised
 * @param quote the quote, normalised
 * @param passages the source's excluded passages
 * @returns empty when the quote occurs at least once clear of every excluded stretch (or does not
 *   occur at all: that is another check); otherwise the passages its occurrences overlap, each once
 */
export function blockingPassages(text: string, quote: string, passages: readonly ExcludedPassage[]): ExcludedPassage[] {
  const starts = findAll(text, quote);
  const spans = excludedSpans(text, passages);
  const overlapping = (q: number) => spans.filter((s) => q < s.end && s.start < q + quote.length);
  if (starts.length === 0 || starts.some((q) => overlapping(q).length === 0)) return [];
  return [...new Set(starts.flatMap((q) => overlapping(q).map((s) => s.passage)))];
}

/**
 * What is wrong with a source's excluded passages as written: each must occur in the text, and a
 * duplicate at least twice (otherwise it would exclude nothing, or the only copy).
 *
 * @param text the source text, normalised
 * @param passages the source's excluded passages
 * @returns one message per problem, empty when there is none
 */
export function excludedPassageProblems(text: string, passages: readonly ExcludedPassage[]): string[] {
  const problems: string[] = [];
  for (const p of passages) {
    const count = findAll(text, normaliseText(p.passage)).length;
    if (count === 0) problems.push(`excluded passage not found in the text: "${p.passage.slice(0, 60)}"`);
    else if (p.reason === 'duplicate' && count < 2) {
      problems.push(`excluded duplicate occurs only once in the text, so it duplicates nothing: "${p.passage.slice(0, 60)}"`);
    }
  }
  return problems;
}
