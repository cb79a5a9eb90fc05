'use client';
import type { ReactNode } from 'react';
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
  const word = direction === 'previous' ? 'Previous' : 'Next';
  const none = direction === 'previous' ? 'No earlier report' : 'No later report';
  return (
    <button
      type="button"
      className="timeline-step"
      onClick={() => target && onChange(target)}
      aria-disabled={target ? undefined : true}
      aria-label={target ? `${word} report: ${formatIsoDate(target)}` : none}
    >
      {children}
    </button>
  );
}
