/**
 * Words for the control and activity vocabularies (lib/schemas.ts `controlSchema`,
 * `activitySchema`, `basisSchema`), shared by the pop-ups, the panel, the text list and the
 * legend. README "Control and activity" documents them.
 */
import type { Activity, Basis, Control } from './schemas';
import type { Situation } from './situation';

/** The document title of a place's page, and of the map with the place selected. */
export function placeTitle(name: string): string {
  return `${name}: what was reported · Front-line map`;
}

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

/**
 * A situation in words, control first, then each activity; a claim names who makes it.
 * @example situationLabels(s) // ['Russian control (claimed by Russian media)', 'Under attack']
 */
export function situationLabels(situation: Pick<Situation, 'control' | 'activities'>): string[] {
  const claimed = (e: { basis: Basis; according_to: string }) => (e.basis === 'claimed' ? ` (claimed by ${e.according_to})` : '');
  const { control, activities } = situation;
  return [
    control ? `${CONTROL_LABELS[control.control]}${claimed(control)}` : 'Control not reported',
    ...activities.map((a) => `${ACTIVITY_LABELS[a.activity]}${claimed(a)}`),
  ];
}
