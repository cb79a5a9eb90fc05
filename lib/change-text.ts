/**
 * Words for compare mode (lib/compare.ts): each side of a change on its two axes, and the
 * announcement of the comparison, in the reader's language (the catalogue's `Compare`). Pure; the
 * list (components/compare/change-list.tsx), the pictures and the tests read the same sentences.
 */
import type { ChangeAxis, Comparison, SideStatus } from './compare';
import { formatIsoDate } from './format-date';
import type { Words } from './translate';
import { activityLabel, basisLabel, controlLabel } from './vocabulary';

/** "Control changed", "Activity changed", "Control and activity changed". */
export function axisLabel({ t }: Words, axis: ChangeAxis): string {
  return t(`Compare.axis.${axis}`);
}

/** "Russian control (as reported)", "Control not reported", or, with no report by the date, "Nothing reported yet". */
export function controlText({ t }: Words, side: SideStatus): string {
  if (!side.reported) return t('Compare.nothingYet');
  const disputed = side.disputedBy ? t('Compare.disputed', { control: controlLabel(t, side.disputedBy) }) : '';
  if (side.outdated) return t('Compare.outdated', { control: controlLabel(t, side.outdated), disputed });
  if (!side.control) return t('Vocabulary.controlNotReported');
  return t('Compare.control', { control: controlLabel(t, side.control), basis: basisLabel(t, side.basis ?? 'reported'), disputed });
}

/** "Under attack, Russian advance", "No activity reported", or "Nothing reported yet". */
export function activityText({ t }: Words, side: SideStatus): string {
  if (!side.reported) return t('Compare.nothingYet');
  return side.activities.length ? side.activities.map((a) => activityLabel(t, a)).join(', ') : t('Compare.noActivity');
}

/** "last reported 26 June 2022, 5 days earlier": how old a side's status is (nothing where unreported). */
export function ageText({ t, locale }: Words, side: SideStatus): string {
  if (!side.lastReported || side.ageDays === undefined) return '';
  return t('Compare.age', { date: formatIsoDate(side.lastReported, locale), days: side.ageDays, stale: side.stale ? 'yes' : 'no' });
}

/** "3 places changed between 20 June 2022 and 1 July 2022": what a screen reader hears when the comparison changes. */
export function comparisonSummary({ t, locale }: Words, c: Comparison): string {
  const [from, to] = [formatIsoDate(c.from, locale), formatIsoDate(c.to, locale)];
  if (c.from === c.to) return t('Compare.sameDate', { date: from });
  return t('Compare.summary', { count: c.changes.length, from, to });
}
