/**
 * Place search over every spelling and script, ignoring case, diacritics and apostrophes.
 * A local gazetteer: our places are few and fixed, so no geocoding service is involved.
 */

export interface SearchEntry {
  id: string;
  /** Every name the place goes by: English, Ukrainian, Russian, other spellings. */
  names: string[];
}

export interface SearchHit {
  id: string;
  /** The name that matched, as written. */
  matched: string;
  score: number;
}

/**
 * Folds a string for comparison: lower case, no diacritics (so ё→е, ї→і, й→и), no apostrophes
 * or quotes, runs of spaces and hyphens as one space.
 * @example foldForSearch('Lysychans’k') // 'lysychansk'
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´«»"“”()]/g, '')
    .replace(/[\s\-–]+/g, ' ')
    .trim();
}

/**
 * Finds places whose names match `query`: whole name first, then start of a name or word, then
 * anywhere in a name. One hit per place, best first; an empty query finds nothing.
 * @param query what the reader typed (at most 100 characters are used)
 * @param entries the gazetteer
 */
export function searchPlaces(query: string, entries: readonly SearchEntry[]): SearchHit[] {
  const q = foldForSearch(query.slice(0, 100));
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best: SearchHit | undefined;
    for (const name of entry.names) {
      const n = foldForSearch(name);
      const score = n === q ? 3 : n.startsWith(q) || n.includes(` ${q}`) ? 2 : n.includes(q) ? 1 : 0;
      if (score && (!best || score > best.score)) best = { id: entry.id, matched: name, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.matched.localeCompare(b.matched));
}
