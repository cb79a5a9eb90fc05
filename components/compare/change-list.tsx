'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { activityText, ageText, axisLabel, controlText } from '@/lib/change-text';
import type { Comparison, PlaceChange, SideStatus } from '@/lib/compare';
import { formatIsoDate } from '@/lib/format-date';
import type { MapPlace } from '@/lib/map-data';
import type { Words } from '@/lib/translate';
import { ChangeReports } from './change-reports';

interface ChangeListProps {
  comparison: Comparison;
  places: Readonly<Record<string, MapPlace>>;
  /** The date the map shows (the map's date, either of the two). */
  shown: string;
  /** Show a place on the map (its pop-up); without it the names are plain text. */
  onSelect?: (id: string) => void;
}

/** "20 June 2022: last reported …; 1 July 2022: …": the age of each side that has reporting. */
function ages(words: Words, sides: SideStatus[]): string {
  return sides
    .filter((s) => s.reported)
    .map((s) => `${formatIsoDate(s.date, words.locale)}: ${ageText(words, s)}`)
    .join('; ');
}

/** One axis, before → after, marked where it changed. */
function AxisRow({ label, changed, before, after }: { label: string; changed: boolean; before: string; after: string }) {
  const t = useTranslations('Compare');
  return (
    <div className="change-row" data-changed={changed || undefined}>
      <dt>
        {label}
        <span className="visually-hidden"> {changed ? t('changed') : t('unchanged')}</span>
      </dt>
      <dd>
        {before} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> {t('then')} </span> {after}
      </dd>
    </div>
  );
}

function ChangeItem({ change, places, onSelect }: { change: PlaceChange } & Pick<ChangeListProps, 'places' | 'onSelect'>) {
  const t = useTranslations('Compare');
  const words = useWords();
  const place = places[change.place];
  const name = place?.name ?? change.place;
  const { before, after, axis } = change;
  const holders = [...new Set(change.reports.map((r) => r.place))];
  const age = ages(words, [before, after]);
  return (
    <li className="change" data-place={change.place} data-axis={axis}>
      <h3 className="change-name">
        {onSelect ? (
          <button type="button" className="link-button" onClick={() => onSelect(change.place)}>
            {name}
          </button>
        ) : (
          name
        )}{' '}
        <span className="change-axis">{axisLabel(words, axis)}</span>
      </h3>
      <dl className="change-rows">
        <AxisRow label={t('controlAxis')} changed={axis !== 'activity'} before={controlText(words, before)} after={controlText(words, after)} />
        <AxisRow
          label={t('activityAxis')}
          changed={axis !== 'control'}
          before={activityText(words, before)}
          after={activityText(words, after)}
        />
      </dl>
      {age && <p className="change-age">{age}.</p>}
      <details className="change-details" open>
        <summary>{t('reportsBehind', { count: change.reports.length })}</summary>
        {holders.map((holder) => {
          const p = places[holder];
          return p ? (
            <ChangeReports key={holder} holder={p} reports={change.reports.filter((r) => r.place === holder)} to={change.after.date} />
          ) : null;
        })}
      </details>
    </li>
  );
}

/**
 * Compare mode's list: every place whose control or activity differs between the two dates, each
 * axis before and after, how old each status is, and the reports published in between.
 */
export function ChangeList({ comparison, places, shown, onSelect }: ChangeListProps) {
  const t = useTranslations('Compare');
  const { locale } = useWords();
  const headingId = useId();
  const { from, to, changes } = comparison;
  return (
    <section className="change-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('listHeading', { from: formatIsoDate(from, locale), to: formatIsoDate(to, locale) })}</h2>
      <p className="change-note">{t('listNote', { date: formatIsoDate(shown, locale) })}</p>
      {changes.length === 0 ? (
        <p>{t('noChange')}</p>
      ) : (
        <ol className="change-items">
          {changes.map((c) => (
            <ChangeItem key={c.place} change={c} places={places} onSelect={onSelect} />
          ))}
        </ol>
      )}
    </section>
  );
}
