/**
 * The reporting dates either side of a day: what "Previous" and "Next" step to, on the timeline
 * and in a place's sheet on phones. Pure.
 */

/** The last reporting date before a day and the first after it (undefined at either end). */
export interface ReportSteps {
  previous?: string;
  next?: string;
}

/**
 * The reporting dates either side of `value`, not counting `value` itself.
 * @param dates reporting dates, YYYY-MM-DD, ascending
 * @param value the chosen day, YYYY-MM-DD (need not be a reporting date)
 * @returns the previous and next reporting dates
 * @example adjacentReports(['2022-06-01', '2022-06-10'], '2022-06-05') // { previous: '2022-06-01', next: '2022-06-10' }
 */
export function adjacentReports(dates: readonly string[], value: string): ReportSteps {
  let previous: string | undefined;
  for (const d of dates) {
    if (d < value) previous = d;
    else if (d > value) return { previous, next: d };
  }
  return { previous, next: undefined };
}
