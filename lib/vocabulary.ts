/**
 * Words for the control and activity vocabularies (lib/schemas.ts `controlSchema`,
 * `activitySchema`, `basisSchema`), shared by the pop-ups, the panel, the text list and the
 * legend, in the reader's language: the words are the catalogue's `Vocabulary` (messages/*.json,
 * messages/GLOSSARY.md), passed in as `t`. README "Control and activity" documents them.
 */
import type { Activity, Basis, Control } from './schemas';
import type { Situation } from './situation';
import type { Translate } from './translate';

export const CONTROLS: readonly Control[] = ['ukrainian', 'contested', 'russian'];
export const ACTIVITIES: readonly Activity[] = ['under-attack', 'russian-advance', 'ukrainian-withdrawal', 'russian-troops-inside'];

export function controlLabel(t: Translate, control: Control): string {
  return t(`Vocabulary.control.${control}`);
}

export function activityLabel(t: Translate, activity: Activity): string {
  return t(`Vocabulary.activity.${activity}`);
}

export function basisLabel(t: Translate, basis: Basis): string {
  return t(`Vocabulary.basis.${basis}`);
}

/** The document title of a place's page, and of the map with the place selected. */
export function placeTitle(t: Translate, name: string): string {
  return t('Vocabulary.placeTitle', { name });
}

/** The label of what an assertion says: its control or its activity. */
export function assertionLabel(t: Translate, a: { control: Control } | { activity: Activity }): string {
  return 'control' in a ? controlLabel(t, a.control) : activityLabel(t, a.activity);
}

/** "Russian troops inside (claimed, not confirmed: Russian media)". */
export function describeAssertion(
  t: Translate,
  a: ({ control: Control } | { activity: Activity }) & { basis: Basis; according_to: string },
): string {
  return t('Vocabulary.assertion', { label: assertionLabel(t, a), basis: basisLabel(t, a.basis), who: a.according_to });
}

/**
 * A situation in words, control first, then each activity; a claim names who makes it.
 * @example situationLabels(t, s) // ['Russian control (claimed by Russian media)', 'Under attack']
 */
export function situationLabels(t: Translate, situation: Pick<Situation, 'control' | 'activities'>): string[] {
  const label = (text: string, e: { basis: Basis; according_to: string }) =>
    e.basis === 'claimed' ? t('Vocabulary.claimedBy', { label: text, who: e.according_to }) : text;
  const { control, activities } = situation;
  return [
    control ? label(controlLabel(t, control.control), control) : t('Vocabulary.controlNotReported'),
    ...activities.map((a) => label(activityLabel(t, a.activity), a)),
  ];
}
