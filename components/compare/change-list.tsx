'use client';
import { useId } from 'react';
import { activityText, AXIS_LABELS, ageText, controlText } from '@/lib/change-text';
import type { Comparison, PlaceChange, SideStatus } from '@/lib/compare';
import { formatIsoDate } from '@/lib/format-date';
import type { MapPlace } from '@/lib/map-data';
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
function ages(sides: SideStatus[]): string {
  return sides
    .filter((s) => s.reported)
    .map((s) => `${formatIsoDate(s.date)}: ${ageText(s)}`)
    .join('; ');
}

/** One axis, before → after, marked where it changed. */
function AxisRow({ label, changed, before, after }: { label: string; changed: boolean; before: string; after: string }) {
  return (
    <div className="change-row" data-changed={changed || undefined}>
      <dt>
        {label}
        <span className="visually-hidden">{changed ? ' (changed)' : ' (unchanged)'}</span>
      </dt>
      <dd>
        {before} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> then </span> {after}
      </dd>
    </div>
  );
}

function ChangeItem({ change, places, onSelect }: { change: PlaceChange } & Pick<ChangeListProps, 'places' | 'onSelect'>) {
  const place = places[change.place];
  const name = place?.name ?? change.place;
  const { before, after, axis } = change;
  const holders = [...new Set(change.reports.map((r) => r.place))];
  const age = ages([before, after]);
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
        <span className="change-axis">{AXIS_LABELS[axis]}</span>
      </h3>
      <dl className="change-rows">
        <AxisRow label="Control" changed={axis !== 'activity'} before={controlText(before)} after={controlText(after)} />
        <AxisRow label="Activity" changed={axis !== 'control'} before={activityText(before)} after={activityText(after)} />
      </dl>
      {age && <p className="change-age">{age}.</p>}
      <details className="change-details" open>
        <summary>
          {change.reports.length} {change.reports.length === 1 ? 'report' : 'reports'} behind the change
        </summary>
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
  const headingId = useId();
  const { from, to, changes } = comparison;
  return (
    <section className="change-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        What changed from {formatIsoDate(from)} to {formatIsoDate(to)}
      </h2>
      <p className="change-note">
        As reported on each date. The map shows {formatIsoDate(shown)}: the places that changed have a thicker outline, the others are faded.
      </p>
      {changes.length === 0 ? (
        <p>No place’s control or activity differs in this map’s sources.</p>
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
