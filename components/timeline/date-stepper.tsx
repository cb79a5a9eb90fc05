'use client';
import { formatShortDate } from '@/lib/format-date';
import { adjacentReports } from '@/lib/report-steps';
import { ReportStep } from './report-step';

interface DateStepperProps {
  /** Reporting dates, ascending. */
  dates: readonly string[];
  value: string;
  onChange: (date: string) => void;
}

/**
 * A compact "‹ date ›" for a place's sheet on phones, where the sheet covers the timeline: it steps
 * between reports as the timeline's own buttons do.
 */
export function DateStepper({ dates, value, onChange }: DateStepperProps) {
  const { previous, next } = adjacentReports(dates, value);
  return (
    <div className="date-stepper" role="group" aria-label="Report date">
      <ReportStep direction="previous" target={previous} onChange={onChange}>
        ‹
      </ReportStep>
      <span className="date-stepper-value" aria-live="polite">{formatShortDate(value)}</span>
      <ReportStep direction="next" target={next} onChange={onChange}>
        ›
      </ReportStep>
    </div>
  );
}
