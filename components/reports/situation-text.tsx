import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { formatDateInfo, formatIsoDate } from '@/lib/format-date';
import type { Locale } from '@/lib/i18n';
import { numberFormat } from '@/lib/intl-formats';
import type { PlaceSituation } from '@/lib/map-data';
import type { ControlEntry, SituationEntry } from '@/lib/situation';
import { activityLabel, basisLabel, controlLabel, situationLabels } from '@/lib/vocabulary';
import { StatusDot } from './status-dot';

const UNITS = [
  { unit: 'year', days: 365.25 },
  { unit: 'month', days: 30.44 },
  { unit: 'week', days: 7 },
  { unit: 'day', days: 1 },
] as const;

/** "7 months", "3 weeks", "1 day": the age of a report, rounded to the largest unit that fits twice (or days). */
export function formatAge(days: number, locale: Locale = 'en'): string {
  const { unit, days: size } = UNITS.find((u) => days >= 2 * u.days) ?? UNITS[3];
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(days / size));
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** "(as reported: CNN, via Nepal News, c. 24 June 2022)". */
function Basis({ entry }: { entry: SituationEntry }) {
  const { t, locale } = useWords();
  return (
    <>{t('Situation.basis', { basis: basisLabel(t, entry.basis), who: entry.according_to, date: formatDateInfo(entry.describes, locale) })}</>
  );
}

/** "Last reported c. 30 June 2022, 7 months before this date; no later reporting in this map's sources." */
export function AgeNote({ situation }: { situation: PlaceSituation }) {
  const t = useTranslations('Situation');
  const { locale } = useWords();
  if (!situation.latest || situation.ageDays === undefined) return null;
  const when = formatDateInfo(situation.latest.describes, locale);
  if (situation.ageDays === 0) return <p className="situation-age">{t('lastReported', { date: when })}</p>;
  return (
    <p className="situation-age" data-stale={situation.stale || undefined}>
      {t('lastReportedAge', { date: when, age: formatAge(situation.ageDays, locale), stale: situation.stale ? 'yes' : 'no' })}
    </p>
  );
}

function ControlLine({ control, outdated }: { control?: ControlEntry; outdated: boolean }) {
  const { t } = useWords();
  if (!control) return <strong>{t('Vocabulary.controlNotReported')}</strong>;
  return (
    <>
      {outdated ? t('Situation.lastReportedPrefix') : null}
      <strong>{controlLabel(t, control.control)}</strong> <Basis entry={control} />
    </>
  );
}

/**
 * What the pop-up and the sheet say of a place's situation on the chosen date: control and its
 * basis, a claim that disputes it, a later report of the place it is part of, the activities, and
 * how old all this is.
 */
export function SituationSummary({ situation, date }: { situation: PlaceSituation; date: string }) {
  const { t, locale } = useWords();
  const { control, disputedBy, outdatedBy, activities } = situation;
  const shown = outdatedBy ? null : (control?.control ?? null);
  const asOf = t('Situation.asReportedOn', { date: formatIsoDate(date, locale) });
  if (!situation.latest) {
    return (
      <div className="situation">
        <p className="situation-control">
          <StatusDot control={null} />
          {asOf} <strong>{t('Situation.nothingYet')}</strong>
        </p>
      </div>
    );
  }
  return (
    <div className="situation" data-stale={situation.stale || undefined}>
      <p className="situation-control">
        <StatusDot control={shown} />
        {asOf} <ControlLine control={control} outdated={Boolean(outdatedBy)} />
      </p>
      {disputedBy && (
        <p className="situation-dispute">
          {t('Situation.disputed')} <strong>{controlLabel(t, disputedBy.control)}</strong> <Basis entry={disputedBy} />
        </p>
      )}
      {outdatedBy && (
        <p className="situation-outdated">
          {t.rich('Situation.outdated', { container: outdatedBy.name, strong })} <strong>{controlLabel(t, outdatedBy.control.control)}</strong>{' '}
          <Basis entry={outdatedBy.control} />.
        </p>
      )}
      <p className="situation-activity">
        {activities.length ? (
          <>
            {situation.stale ? t('Situation.activityWhenLast') : t('Situation.activity')}{' '}
            {activities.map((a, i) => (
              <span key={a.activity}>
                {i > 0 && '; '}
                <strong>{activityLabel(t, a.activity)}</strong> <Basis entry={a} />
              </span>
            ))}
          </>
        ) : (
          t('Situation.noActivity')
        )}
      </p>
      <AgeNote situation={situation} />
    </div>
  );
}

/** The place list's one line: control, activities, the date, and how old it is when stale. */
export function SituationLine({ situation }: { situation: PlaceSituation }) {
  const { t, locale } = useWords();
  const { control, outdatedBy, latest } = situation;
  if (!latest) return null;
  return (
    <>
      <StatusDot control={outdatedBy ? null : (control?.control ?? null)} />
      {situationLabels(t, situation).join(' · ')}, {formatDateInfo(latest.describes, locale)}
      {outdatedBy && <> · {t('Situation.lineOutdated', { container: outdatedBy.name })}</>}
      {situation.stale && !outdatedBy && situation.ageDays !== undefined && (
        <> · {t('Situation.lineStale', { age: formatAge(situation.ageDays, locale) })}</>
      )}
    </>
  );
}
