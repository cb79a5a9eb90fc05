/**
 * Words for compare mode (lib/compare.ts): each side of a change on its two axes, and the
 * announcement of the comparison. Pure; the list (components/compare/change-list.tsx) and the
 * tests read the same sentences.
 */
import type { ChangeAxis, Comparison, SideStatus } from './compare';
import { formatIsoDate } from './format-date';
import { ACTIVITY_LABELS, BASIS_LABELS, CONTROL_LABELS } from './vocabulary';

export const AXIS_LABELS: Record<ChangeAxis, string> = {
  control: 'Control changed',
  activity: 'Activity changed',
  both: 'Control and activity changed',
};

/** "Russian control (as reported)", "Control not reported", or, with no report by the date, "Nothing reported yet". */
export function controlText(side: SideStatus): string {
  if (!side.reported) return 'Nothing reported yet';
  const disputed = side.disputedBy ? `; disputed: ${CONTROL_LABELS[side.disputedBy]} (claimed)` : '';
  if (side.outdated) return `Possibly out of date: last reported ${CONTROL_LABELS[side.outdated]}${disputed}`;
  if (!side.control) return 'Control not reported';
  return `${CONTROL_LABELS[side.control]} (${BASIS_LABELS[side.basis ?? 'reported']})${disputed}`;
}

/** "Under attack, Russian advance", "No activity reported", or "Nothing reported yet". */
export function activityText(side: SideStatus): string {
  if (!side.reported) return 'Nothing reported yet';
  return side.activities.length ? side.activities.map((a) => ACTIVITY_LABELS[a]).join(', ') : 'No activity reported';
}

/** "last reported 26 June 2022, 5 days earlier": how old a side's status is (nothing where unreported). */
export function ageText(side: SideStatus): string {
  if (!side.lastReported || side.ageDays === undefined) return '';
  const age = side.ageDays === 0 ? 'that day' : `${side.ageDays} ${side.ageDays === 1 ? 'day' : 'days'} earlier`;
  return `last reported ${formatIsoDate(side.lastReported)}, ${age}${side.stale ? ' (out of date)' : ''}`;
}

/** "3 places changed between 20 June 2022 and 1 July 2022": what a screen reader hears when the comparison changes. */
export function comparisonSummary(c: Comparison): string {
  const span = `between ${formatIsoDate(c.from)} and ${formatIsoDate(c.to)}`;
  if (c.from === c.to) return `Choose a different date to compare with ${formatIsoDate(c.from)}.`;
  const n = c.changes.length;
  return n === 0 ? `No place changed ${span} in this map’s sources.` : `${n} ${n === 1 ? 'place' : 'places'} changed ${span}.`;
}
