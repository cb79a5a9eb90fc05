'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWords } from '@/components/i18n/use-words';
import { formatIsoDate } from '@/lib/format-date';

interface ReportStepProps {
  direction: 'previous' | 'next';
  /** The reporting date to step to; none: the button stays, marked unavailable. */
  target?: string;
  onChange: (date: string) => void;
  children: ReactNode;
}

/**
 * A button that steps to the previous or next report (lib/report-steps.ts): on the timeline and in
 * a place's sheet. At either end it is `aria-disabled` rather than `disabled`, so that focus stays
 * on it instead of falling to the page.
 */
export function ReportStep({ direction, target, onChange, children }: ReportStepProps) {
  const t = useTranslations('Timeline');
  const { locale } = useWords();
  const date = target && formatIsoDate(target, locale);
  // Each name starts with the button's visible word ("Next", "Previous"), in both languages, also at
  // either end: a speech-input user says what they see (axe: label-content-name-mismatch, WCAG 2.5.3).
  const label =
    direction === 'previous' ? (date ? t('previousReport', { date }) : t('noEarlier')) : date ? t('nextReport', { date }) : t('noLater');
  return (
    <button
      type="button"
      className="timeline-step needs-js"
      onClick={() => target && onChange(target)}
      aria-disabled={target ? undefined : true}
      aria-label={label}
    >
      {children}
    </button>
  );
}
