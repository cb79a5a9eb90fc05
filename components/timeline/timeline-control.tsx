'use client';
import { type KeyboardEvent, useId } from 'react';
import { addDays, daysBetween, formatIsoDate } from '@/lib/format-date';

interface TimelineControlProps {
  /** Reporting dates, ascending: the marks, and the steps of previous/next. */
  dates: readonly string[];
  range: { min: string; max: string };
  value: string;
  onChange: (date: string) => void;
}

/**
 * The date control under the map: a day slider across the reporting period with a mark on every
 * reporting date, and buttons (or PageUp/PageDown on the slider) that step between reports.
 */
export function TimelineControl({ dates, range, value, onChange }: TimelineControlProps) {
  const id = useId();
  const span = Math.max(1, daysBetween(range.min, range.max));
  const previous = [...dates].reverse().find((d) => d < value);
  const next = dates.find((d) => d > value);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = e.key === 'PageUp' ? next : e.key === 'PageDown' ? previous : undefined;
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    if (target) onChange(target);
  };
  return (
    <section className="timeline" aria-label="Timeline">
      <button type="button" className="timeline-step" onClick={() => previous && onChange(previous)} disabled={!previous} aria-label={previous ? `Previous report: ${formatIsoDate(previous)}` : 'No earlier report'}>
        ‹<span className="timeline-step-text"> Previous</span>
      </button>
      <div className="timeline-track">
        <label htmlFor={id} className="timeline-label">
          As reported on <strong>{formatIsoDate(value)}</strong>
          {dates.includes(value) ? null : <span className="timeline-note"> (no report on this day)</span>}
        </label>
        <div className="timeline-slider">
          <input
            id={id}
            type="range"
            min={0}
            max={span}
            step={1}
            value={daysBetween(range.min, value)}
            aria-valuetext={`As reported on ${formatIsoDate(value)}`}
            aria-describedby={`${id}-help`}
            onChange={(e) => onChange(addDays(range.min, Number(e.target.value)))}
            onKeyDown={onKeyDown}
          />
          <div className="timeline-marks" aria-hidden="true">
            {dates.map((d) => (
              <span key={d} className="timeline-mark" data-active={d === value || undefined} style={{ left: `${(daysBetween(range.min, d) / span) * 100}%` }} title={formatIsoDate(d)} />
            ))}
          </div>
        </div>
        <p id={`${id}-help`} className="visually-hidden">
          Arrow keys move one day; Page Up and Page Down jump to the next or previous report.
        </p>
        <div className="timeline-ends" aria-hidden="true">
          <span>{formatIsoDate(range.min)}</span>
          <span>{formatIsoDate(range.max)}</span>
        </div>
      </div>
      <button type="button" className="timeline-step" onClick={() => next && onChange(next)} disabled={!next} aria-label={next ? `Next report: ${formatIsoDate(next)}` : 'No later report'}>
        <span className="timeline-step-text">Next </span>›
      </button>
    </section>
  );
}
