import { formatDateInfo, formatIsoDate } from '@/lib/format-date';
import type { PlaceSituation } from '@/lib/map-data';
import type { ControlEntry, SituationEntry } from '@/lib/situation';
import { ACTIVITY_LABELS, BASIS_LABELS, CONTROL_LABELS, situationLabels } from '@/lib/vocabulary';
import { StatusDot } from './status-dot';

const UNITS = [
  { unit: 'year', days: 365.25 },
  { unit: 'month', days: 30.44 },
  { unit: 'week', days: 7 },
  { unit: 'day', days: 1 },
] as const;

/** "7 months", "3 weeks", "1 day": the age of a report, rounded to the largest unit that fits twice (or days). */
export function formatAge(days: number): string {
  const { unit, days: size } = UNITS.find((u) => days >= 2 * u.days) ?? UNITS[3];
  return new Intl.NumberFormat('en-GB', { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(days / size));
}

/** "(as reported: CNN, via Nepal News, c. 24 June 2022)". */
function Basis({ entry }: { entry: SituationEntry }) {
  return (
    <>
      ({BASIS_LABELS[entry.basis]}: {entry.according_to}, {formatDateInfo(entry.describes)})
    </>
  );
}

/** "Last reported c. 30 June 2022, 7 months before this date; no later reporting in this map's sources." */
export function AgeNote({ situation }: { situation: PlaceSituation }) {
  if (!situation.latest || situation.ageDays === undefined) return null;
  const when = formatDateInfo(situation.latest.describes);
  if (situation.ageDays === 0) return <p className="situation-age">Last reported {when}.</p>;
  return (
    <p className="situation-age" data-stale={situation.stale || undefined}>
      Last reported {when}, {formatAge(situation.ageDays)} before this date
      {situation.stale ? "; no later reporting in this map's sources." : '.'}
    </p>
  );
}

function ControlLine({ control, outdated }: { control?: ControlEntry; outdated: boolean }) {
  if (!control) return <strong>Control not reported</strong>;
  return (
    <>
      {outdated ? 'Last reported: ' : null}
      <strong>{CONTROL_LABELS[control.control]}</strong> <Basis entry={control} />
    </>
  );
}

/**
 * What the pop-up and the sheet say of a place's situation on the chosen date: control and its
 * basis, a claim that disputes it, a later report of the place it is part of, the activities, and
 * how old all this is.
 */
export function SituationSummary({ situation, date }: { situation: PlaceSituation; date: string }) {
  const { control, disputedBy, outdatedBy, activities } = situation;
  const shown = outdatedBy ? null : (control?.control ?? null);
  if (!situation.latest) {
    return (
      <div className="situation">
        <p className="situation-control">
          <StatusDot control={null} />
          As reported on {formatIsoDate(date)}: <strong>nothing reported yet</strong>
        </p>
      </div>
    );
  }
  return (
    <div className="situation" data-stale={situation.stale || undefined}>
      <p className="situation-control">
        <StatusDot control={shown} />
        As reported on {formatIsoDate(date)}: <ControlLine control={control} outdated={Boolean(outdatedBy)} />
      </p>
      {disputedBy && (
        <p className="situation-dispute">
          Disputed: <strong>{CONTROL_LABELS[disputedBy.control]}</strong> <Basis entry={disputedBy} />
        </p>
      )}
      {outdatedBy && (
        <p className="situation-outdated">
          <strong>Possibly out of date</strong>: {outdatedBy.name}, which it is part of, was reported later as{' '}
          <strong>{CONTROL_LABELS[outdatedBy.control.control]}</strong> <Basis entry={outdatedBy.control} />.
        </p>
      )}
      <p className="situation-activity">
        {activities.length ? (
          <>
            {situation.stale ? 'Activity when last reported' : 'Activity'}:{' '}
            {activities.map((a, i) => (
              <span key={a.activity}>
                {i > 0 && '; '}
                <strong>{ACTIVITY_LABELS[a.activity]}</strong> <Basis entry={a} />
              </span>
            ))}
          </>
        ) : (
          'No fighting or movement reported at the time of the latest report.'
        )}
      </p>
      <AgeNote situation={situation} />
    </div>
  );
}

/** The place list's one line: control, activities, the date, and how old it is when stale. */
export function SituationLine({ situation }: { situation: PlaceSituation }) {
  const { control, outdatedBy, latest } = situation;
  if (!latest) return null;
  return (
    <>
      <StatusDot control={outdatedBy ? null : (control?.control ?? null)} />
      {situationLabels(situation).join(' · ')}, {formatDateInfo(latest.describes)}
      {outdatedBy && <> · possibly out of date ({outdatedBy.name} reported later)</>}
      {situation.stale && !outdatedBy && situation.ageDays !== undefined && (
        <> · last reported {formatAge(situation.ageDays)} before this date</>
      )}
    </>
  );
}
