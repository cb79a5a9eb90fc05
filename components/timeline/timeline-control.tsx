'use client';
import { type CSSProperties, type KeyboardEvent, useId, useMemo } from 'react';
import { addDays, formatIsoDate, formatShortDate } from '@/lib/format-date';
import { adjacentReports } from '@/lib/report-steps';
import { breaksOf, dateAt, positionOf, shareOf, timelineAxis } from '@/lib/timeline-axis';
import { ReportStep } from './report-step';

interface TimelineControlProps {
  /** Reporting dates, ascending: the marks, and the steps of previous/next. */
  dates: readonly string[];
  range: { min: string; max: string };
  value: string;
  onChange: (date: string) => void;
}

/** Custom properties the stylesheet places an element with: `--at`, or `--from` and `--to` (0–1). */
const place = (vars: Record<string, number>) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [`--${k}`, v])) as CSSProperties;

/**
 * The date control under the map: a slider across the reporting period with a mark on every
 * reporting date, and buttons (or PageUp/PageDown on the slider) that step between reports. Long
 * stretches without reporting are drawn as breaks (lib/timeline-axis.ts); the arrow keys still
 * move one day, inside a break too.
 */
export function TimelineControl({ dates, range, value, onChange }: TimelineControlProps) {
  const id = useId();
  const axis = useMemo(() => timelineAxis(dates, range), [dates, range]);
  const breaks = breaksOf(axis);
  const { previous, next } = adjacentReports(dates, value);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const later = value < range.max ? addDays(value, 1) : undefined;
    const earlier = value > range.min ? addDays(value, -1) : undefined;
    const targets: Record<string, string | undefined> = {
      PageUp: next,
      PageDown: previous,
      ArrowRight: later,
      ArrowUp: later,
      ArrowLeft: earlier,
      ArrowDown: earlier,
    };
    if (!(e.key in targets)) return;
    // The slider's own steps are squeezed inside a break: keys move by days and reports instead.
    e.preventDefault();
    const target = targets[e.key];
    if (target) onChange(target);
  };
  const skipped = breaks.map((b) => `between ${formatIsoDate(b.after)} and ${formatIsoDate(b.before)}`).join('; ');
  return (
    <section className="timeline" aria-label="Timeline">
      <ReportStep direction="previous" target={previous} onChange={onChange}>
        ‹<span className="timeline-step-text"> Previous</span>
      </ReportStep>
      <div className="timeline-track">
        <label htmlFor={id} className="timeline-label">
          As reported on <strong>{formatIsoDate(value)}</strong>
          {dates.includes(value) ? null : <span className="timeline-note"> (no report on this day)</span>}
        </label>
        <div className="timeline-slider">
          <div className="timeline-axis" aria-hidden="true">
            {axis.pieces.map((p) => (
              <span
                key={p.from}
                className={`timeline-piece timeline-${p.kind}`}
                style={place({ from: shareOf(axis, p.start), to: shareOf(axis, p.end) })}
              />
            ))}
          </div>
          <input
            id={id}
            type="range"
            min={0}
            max={axis.steps}
            step={1}
            value={Math.round(positionOf(axis, value))}
            aria-valuetext={`As reported on ${formatIsoDate(value)}`}
            aria-describedby={`${id}-help`}
            onChange={(e) => onChange(dateAt(axis, Number(e.target.value)))}
            onKeyDown={onKeyDown}
          />
          <div className="timeline-marks" aria-hidden="true">
            {dates.map((d) => (
              <span
                key={d}
                className="timeline-mark"
                data-active={d === value || undefined}
                style={place({ at: shareOf(axis, positionOf(axis, d)) })}
                title={formatIsoDate(d)}
              />
            ))}
          </div>
        </div>
        <p id={`${id}-help`} className="visually-hidden">
          Arrow keys move one day; Page Up and Page Down jump to the next or previous report.
          {skipped && ` The timeline is shortened where nothing was reported: ${skipped}.`}
        </p>
        <div className="timeline-ends" aria-hidden="true">
          <span>{formatShortDate(range.min)}</span>
          {breaks.map((b) => (
            <span
              key={b.from}
              className="timeline-break-label"
              style={place({ at: shareOf(axis, (b.start + b.end) / 2) })}
              title={`Nothing reported between ${formatIsoDate(b.after)} and ${formatIsoDate(b.before)}`}
            >
              <span>{formatShortDate(b.after)}</span>
              <span className="timeline-break-sign"> – </span>
              <span>{formatShortDate(b.before)}</span>
            </span>
          ))}
          <span>{formatShortDate(range.max)}</span>
        </div>
      </div>
      <ReportStep direction="next" target={next} onChange={onChange}>
        <span className="timeline-step-text">Next </span>›
      </ReportStep>
    </section>
  );
}
