/**
 * Words for the control and activity vocabularies (lib/schemas.ts `controlSchema`,
 * `activitySchema`, `basisSchema`), shared by the pop-ups, the panel, the text list and the
 * legend. README "Control and activity" documents them.
 */
import type { Activity, Basis, Control } from './schemas';

export const CONTROL_LABELS: Record<Control, string> = {
  ukrainian: 'Ukrainian control',
  contested: 'Contested',
  russian: 'Russian control',
};

export const ACTIVITY_LABELS: Record<Activity, string> = {
  'under-attack': 'Under attack',
  'russian-advance': 'Russian advance',
  'ukrainian-withdrawal': 'Ukrainian withdrawal',
  'russian-troops-inside': 'Russian troops inside',
};

export const BASIS_LABELS: Record<Basis, string> = {
  observed: 'seen or heard by the reporter',
  official: 'official statement',
  reported: 'as reported',
  claimed: 'claimed, not confirmed',
};

/** The label of what an assertion says: its control or its activity. */
export function assertionLabel(a: { control: Control } | { activity: Activity }): string {
  return 'control' in a ? CONTROL_LABELS[a.control] : ACTIVITY_LABELS[a.activity];
}

/** "Russian troops inside (claimed, not confirmed: Russian media)". */
export function describeAssertion(a: ({ control: Control } | { activity: Activity }) & { basis: Basis; according_to: string }): string {
  return `${assertionLabel(a)} (${BASIS_LABELS[a.basis]}: ${a.according_to})`;
}
