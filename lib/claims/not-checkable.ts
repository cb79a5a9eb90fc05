/**
 * Claims the map cannot check ("villages south of Lysychansk"): nothing is measured; the claim's
 * stated reason is shown instead of a verdict.
 */
import type { ClaimKindRules } from './claim-kind-rules';

/** The rules for not-checkable claims (lib/claims.ts). */
export const notCheckableRules: ClaimKindRules<'not-checkable'> = {
  placesOf: (claim) => [...claim.places],
  inputProblems: () => [],
  evaluate: (claim) => ({
    verdict: 'not-checkable',
    agreement: null,
    // The badge keeps to the reason's first sentence; the method gives all of it.
    finding: { kind: 'not-checkable', reason: claim.reason.split(/(?<=\.)\s/)[0] ?? claim.reason },
    method: [claim.reason],
    reason: claim.reason,
    measurement: null,
  }),
};
