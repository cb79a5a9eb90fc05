/**
 * How a measured claim is judged and turned into what the pages show. A claim is consistent when
 * what its words allow and what the map allows overlap (docs/methodology.md).
 */
import type { ClaimFinding, ClaimMeasurement } from '../types';
import type { ClaimOutcome } from './claim-kind-rules';

/** The verdict on a measured claim. */
export interface Judgement {
  verdict: 'consistent' | 'inconsistent';
  agreement: 'whole-range' | 'part-of-range' | null;
}

/**
 * @param overlaps whether anything the map's precision allows agrees with the words
 * @param within whether everything it allows does
 * @returns consistent (over the whole range or part of it) when they overlap, else inconsistent
 */
export function judgeOverlap(overlaps: boolean, within: boolean): Judgement {
  if (!overlaps) return { verdict: 'inconsistent', agreement: null };
  return { verdict: 'consistent', agreement: within ? 'whole-range' : 'part-of-range' };
}

/** What a check of one claim kind found. */
export interface MeasuredClaim extends Judgement {
  /** The measured figures and the claim's words, for the badge line (worded by lib/claim-words.ts). */
  finding: Exclude<ClaimFinding, { kind: 'not-checkable' }>;
  /** How it was measured, one sentence per entry (the verdict's sentence is worded where it is shown: lib/claim-words.ts verdictText). */
  method: string[];
  measurement: ClaimMeasurement;
}

/**
 * @param measured what a claim kind's check found
 * @returns the outcome the pages show; the badge's line ("Map check: … — consistent with ‘…’") is
 *          worded from its finding where it is shown, in the reader's language
 */
export function measuredOutcome(measured: MeasuredClaim): ClaimOutcome {
  return {
    verdict: measured.verdict,
    agreement: measured.agreement,
    finding: measured.finding,
    method: measured.method,
    reason: null,
    measurement: measured.measurement,
  };
}
