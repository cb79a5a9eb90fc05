'use client';
import { useTranslations } from 'next-intl';
import { useWords } from '@/components/i18n/use-words';
import { formatIsoDate, formatShortDate } from '@/lib/format-date';
import { adjacentReports } from '@/lib/report-steps';
import { ReportStep } from './report-step';

interface DateStepperProps {
  /** Reporting dates, ascending. */
  dates: readonly string[];
  value: string;
  /** Without it, the date only (an embed without controls). */
  onChange?: (date: string) => void;
  /** "30 Jun 2022" (a phone's sheet) or "As reported on 30 June 2022" (the embed's bar). */
  wording?: 'short' | 'long';
}

/**
 * A compact "‹ date ›" that steps between reports as the timeline's own buttons do: in a place's
 * sheet on phones, where the sheet covers the timeline, and in the embed's bar.
 */
export function DateStepper({ dates, value, onChange, wording = 'short' }: DateStepperProps) {
  const t = useTranslations('Timeline');
  const { locale } = useWords();
  const { previous, next } = adjacentReports(dates, value);
  const label =
    wording === 'short' ? (
      <span className="date-stepper-value" aria-live="polite">
        {formatShortDate(value, locale)}
      </span>
    ) : (
      // Words, then the date (both languages put them in this order): no rich message, so the
      // embed's page says it as plain text as rendered on the server.
      <span aria-live="polite">
        {t('asReportedOnBefore')} <strong className="date-stepper-value">{formatIsoDate(value, locale)}</strong>
      </span>
    );
  if (!onChange) return <div className={`date-stepper date-stepper-${wording}`}>{label}</div>;
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons and a date, not form fields; a fieldset would bring its own border, padding and legend layout into the timeline bar.
    <div className={`date-stepper date-stepper-${wording}`} role="group" aria-label={t('group')}>
      <ReportStep direction="previous" target={previous} onChange={onChange}>
        ‹
      </ReportStep>
      {label}
      <ReportStep direction="next" target={next} onChange={onChange}>
        ›
      </ReportStep>
    </div>
  );
}
