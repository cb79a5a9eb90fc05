'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { adjacentReports } from '@/lib/report-steps';
import { isIsoDate } from '@/lib/url-state';

interface CompareControlProps {
  /** Reporting dates, ascending: turning compare mode on starts from the report before `date`. */
  dates: readonly string[];
  range: { min: string; max: string };
  /** The map's date. */
  date: string;
  /** The other date; undefined: compare mode is off. */
  value: string | undefined;
  /** A new other date, or undefined to leave compare mode. */
  onChange: (compare: string | undefined) => void;
  /** What changed, in one sentence (lib/change-text.ts comparisonSummary), announced when it changes. */
  summary?: string;
}

/**
 * Compare mode's switch and its second date: a checkbox, then a date field within the reporting
 * period. The summary sits in a live region that stays in the page, so that turning the mode on
 * or choosing another date is announced.
 */
export function CompareControl({ dates, range, date, value, onChange, summary }: CompareControlProps) {
  const t = useTranslations('CompareControl');
  const id = useId();
  const turnOn = () => {
    const { previous, next } = adjacentReports(dates, date);
    onChange(previous ?? next ?? range.min);
  };
  return (
    <div className="compare-control needs-js">
      <label className="compare-toggle">
        <input type="checkbox" checked={value !== undefined} onChange={(e) => (e.currentTarget.checked ? turnOn() : onChange(undefined))} />
        {t('toggle')}
      </label>
      {value !== undefined && (
        <label className="compare-date" htmlFor={id}>
          {t('with')}{' '}
          <input
            id={id}
            type="date"
            min={range.min}
            max={range.max}
            value={value}
            // A half-typed or cleared date is no date: the last whole one stays until the field holds another.
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isIsoDate(v) && v >= range.min && v <= range.max) onChange(v);
            }}
          />
        </label>
      )}
      <p className="compare-summary" role="status">
        {value !== undefined ? summary : ''}
      </p>
    </div>
  );
}
