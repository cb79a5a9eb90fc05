// biome-ignore lint/correctness/useJsonImportAttributes: in the Next build next-intl's loader turns messages/*.json into a JS module of compiled messages, which Turbopack refuses to read as JSON when the import asks for JSON (this module is in the server's graph through lib/data.ts).
import en from '../messages/en.json';
import { summaryText } from './claim-words';
import { wordsFor } from './translate';
import type { ClaimView } from './types';

/**
 * The project's words in English, for what researchers read whatever page they come from: the
 * downloads' columns and the API's claim summaries. A field's language should not change with the
 * page it was fetched from, and the text around it (a check's method, note and reason) is English.
 */
export const ENGLISH = wordsFor('en', en);

/** A claim as the API gives it: its parts (`finding`) and, beside them, the map's English line. */
function withSummary(claim: ClaimView): ClaimView & { summary: string } {
  return { ...claim, summary: summaryText(ENGLISH, claim) };
}

/**
 * A place with each of its claims' English one-line `summary` beside the parts: the field the API
 * gave before the line was worded in the reader's language, kept for its users.
 */
export function withClaimSummaries<P extends { claims: ClaimView[] }>(
  place: P,
): Omit<P, 'claims'> & { claims: (ClaimView & { summary: string })[] } {
  return { ...place, claims: place.claims.map(withSummary) };
}
