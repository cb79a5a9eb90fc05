'use client';
import { useTranslations } from 'next-intl';
import { type CSSProperties, type KeyboardEvent, type ReactNode, useId, useMemo } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { addDays, formatIsoDate, formatShortDate } from '@/lib/format-date';
import { adjacentReports, type ReportSteps } from '@/lib/report-steps';
import { breaksOf, dateAt, positionOf, shareOf, type TimelineAxis, timelineAxis } from '@/lib/timeline-axis';
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

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** Where each key of the slider goes from `value`: a day with the arrows, a report with Page Up/Down (undefined at an end). */
function keyTargets(value: string, range: { min: string; max: string }, steps: ReportSteps): Record<string, string | undefined> {
  const later = value < range.max ? addDays(value, 1) : undefined;
  const earlier = value > range.min ? addDays(value, -1) : undefined;
  return { PageUp: steps.next, PageDown: steps.previous, ArrowRight: later, ArrowUp: later, ArrowLeft: earlier, ArrowDown: earlier };
}

/** The dates under the slider: its ends, and either side of each break (named in full in its title). */
function TimelineEnds({ axis }: { axis: TimelineAxis }) {
  const t = useTranslations('Timeline');
  const { locale } = useWords();
  return (
    <div className="timeline-ends needs-js" aria-hidden="true">
      <span>{formatShortDate(axis.min, locale)}</span>
      {breaksOf(axis).map((b) => (
        <span
          key={b.from}
          className="timeline-break-label"
          style={place({ at: shareOf(axis, (b.start + b.end) / 2) })}
          title={t('gap', { from: formatIsoDate(b.after, locale), to: formatIsoDate(b.before, locale) })}
        >
          <span>{formatShortDate(b.after, locale)}</span>
          <span className="timeline-break-sign"> – </span>
          <span>{formatShortDate(b.before, locale)}</span>
        </span>
      ))}
      <span>{formatShortDate(axis.max, locale)}</span>
    </div>
  );
}

/**
 * The date control under the map: a slider across the reporting period with a mark on every
 * reporting date, and buttons (or PageUp/PageDown on the slider) that step between reports. Long
 * stretches without reporting are drawn as breaks (lib/timeline-axis.ts); the arrow keys still
 * move one day, inside a break too.
 */
export function TimelineControl({ dates, range, value, onChange }: TimelineControlProps) {
  const t = useTranslations('Timeline');
  const { locale } = useWords();
  const id = useId();
  const axis = useMemo(() => timelineAxis(dates, range), [dates, range]);
  const breaks = breaksOf(axis);
  const { previous, next } = adjacentReports(dates, value);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const targets = keyTargets(value, range, { previous, next });
    if (!(e.key in targets)) return;
    // The slider's own steps are squeezed inside a break: keys move by days and reports instead.
    e.preventDefault();
    const target = targets[e.key];
    if (target) onChange(target);
  };
  const skipped = breaks.map((b) => t('between', { from: formatIsoDate(b.after, locale), to: formatIsoDate(b.before, locale) })).join('; ');
  return (
    <section className="timeline" aria-label={t('timeline')}>
      <ReportStep direction="previous" target={previous} onChange={onChange}>
        ‹<span className="timeline-step-text"> {t('previous')}</span>
      </ReportStep>
      <div className="timeline-track">
        <label htmlFor={id} className="timeline-label">
          {t.rich('asReportedOn', { date: formatIsoDate(value, locale), strong })}
          {dates.includes(value) ? null : <span className="timeline-note"> {t('noReportThatDay')}</span>}
        </label>
        <div className="timeline-slider needs-js">
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
            aria-valuetext={t('valueText', { date: formatIsoDate(value, locale) })}
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
                title={formatIsoDate(d, locale)}
              />
            ))}
          </div>
        </div>
        <p id={`${id}-help`} className="visually-hidden">
          {t('help')}
          {skipped && ` ${t('shortened', { gaps: skipped })}`}
        </p>
        <TimelineEnds axis={axis} />
      </div>
      <ReportStep direction="next" target={next} onChange={onChange}>
        <span className="timeline-step-text">{t('next')} </span>›
      </ReportStep>
    </section>
  );
}
