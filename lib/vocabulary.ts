/**
 * Words for the status vocabulary (lib/schemas.ts `statusSchema`, `basisSchema`), shared by the
 * pop-ups, the panel, the text list and the legend. README "Status vocabulary" documents them.
 */
import type { Basis, Status } from './schemas';

export const STATUS_LABELS: Record<Status, string> = {
  'ukrainian-held': 'Held by Ukrainian forces',
  'under-attack': 'Under attack',
  'russian-advancing': 'Russian forces advancing',
  'ukrainian-withdrawing': 'Ukrainian forces withdrawing',
  'russian-troops-inside': 'Russian troops inside',
  'under-russian-control': 'Under Russian control',
};

export const BASIS_LABELS: Record<Basis, string> = {
  observed: 'seen by the reporter',
  official: 'official statement',
  reported: 'as reported',
  claimed: 'claimed, not confirmed',
};

/** "Russian troops inside (claimed, not confirmed: Russian media)". */
export function describeAssertion(a: { status: Status; basis: Basis; according_to: string }): string {
  return `${STATUS_LABELS[a.status]} (${BASIS_LABELS[a.basis]}: ${a.according_to})`;
}
