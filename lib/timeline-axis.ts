/**
 * The timeline's axis, with long stretches without reporting compressed into breaks. Pure.
 *
 * Reporting dates come in clusters (June 2022, February 2023): drawn to one scale, the empty months
 * between them would fill most of the timeline. The axis is measured in slider steps. Stretches
 * with reporting keep one scale, one step a day; a stretch of more than `minGapDays` with no
 * reporting date becomes a break a few steps wide, keeping `contextDays` at the ordinary scale on
 * either side. Every day of the range keeps a position, those inside a break squeezed together, so
 * any date can still be shown and chosen; only the days outside breaks get a step of their own.
 *
 * @example
 * const axis = timelineAxis(['2022-06-24', '2022-06-30', '2023-02-07'], { min: '2022-06-01', max: '2023-02-08' });
 * axis.pieces.map((p) => p.kind); // ['days', 'break', 'days']
 * dateAt(axis, positionOf(axis, '2022-06-24')); // '2022-06-24'
 */
import { addDays, daysBetween } from './format-date';

export interface AxisPiece {
  kind: 'days' | 'break';
  /** First and last day of the piece (YYYY-MM-DD); a piece ends on the day the next one starts. */
  from: string;
  to: string;
  /** Where the piece starts and ends on the axis, in steps. */
  start: number;
  end: number;
}

export interface AxisBreak extends AxisPiece {
  kind: 'break';
  /** The reporting dates either side of the empty stretch (or the ends of the range). */
  after: string;
  before: string;
}

export interface TimelineAxis {
  min: string;
  max: string;
  /** Length of the axis in steps: the slider's maximum value. */
  steps: number;
  pieces: (AxisPiece | AxisBreak)[];
}

export interface AxisOptions {
  /** A stretch of more days than this with no reporting date becomes a break. Default 45. */
  minGapDays?: number;
  /** Days kept at the ordinary scale between a reporting date and a break. Default 7. */
  contextDays?: number;
  /** Roughly the share of the axis each break takes. Default 0.08 (at most half for all breaks). */
  breakShare?: number;
}

/**
 * The axis for a range and its reporting dates.
 * @param dates reporting dates (YYYY-MM-DD); dates outside the range are ignored
 * @param range the first and last day of the timeline
 * @param options see AxisOptions
 * @returns the pieces in date order, covering the range without gaps or overlaps
 */
export function timelineAxis(dates: readonly string[], range: { min: string; max: string }, options: AxisOptions = {}): TimelineAxis {
  const minGap = options.minGapDays ?? 45;
  const context = options.contextDays ?? 7;
  const share = options.breakShare ?? 0.08;
  if (!(context >= 1) || !Number.isInteger(context)) throw new Error(`contextDays must be a whole number of days, 1 or more (got ${context})`);
  if (!(minGap > 2 * context)) throw new Error(`minGapDays (${minGap}) must be more than twice contextDays (${context})`);
  if (!(share > 0 && share < 0.5)) throw new Error(`breakShare must be between 0 and 0.5 (got ${share})`);
  if (range.max < range.min) throw new Error(`the range ends (${range.max}) before it starts (${range.min})`);

  const anchors = [...new Set([range.min, ...dates.filter((d) => d >= range.min && d <= range.max), range.max])].sort();
  const spans: { kind: 'days' | 'break'; from: string; to: string; after?: string; before?: string }[] = [];
  let from = range.min;
  for (let i = 1; i < anchors.length; i++) {
    const [after, before] = [anchors[i - 1]!, anchors[i]!];
    if (daysBetween(after, before) <= minGap) continue;
    spans.push({ kind: 'days', from, to: addDays(after, context) });
    spans.push({ kind: 'break', from: addDays(after, context), to: addDays(before, -context), after, before });
    from = addDays(before, -context);
  }
  spans.push({ kind: 'days', from, to: range.max });

  const days = spans.filter((s) => s.kind === 'days').reduce((sum, s) => sum + daysBetween(s.from, s.to), 0);
  const breaks = spans.filter((s) => s.kind === 'break').length;
  // Each break gets about `share` of the axis, in whole steps (at least one).
  const breakShare = Math.min(share, 0.5 / Math.max(1, breaks));
  const breakSteps = Math.max(1, Math.round((days * breakShare) / (1 - breaks * breakShare)));
  let at = 0;
  const pieces = spans.map((s) => {
    const start = at;
    // A break is never wider than the days it holds: it compresses, never stretches.
    at += s.kind === 'days' ? daysBetween(s.from, s.to) : Math.min(breakSteps, daysBetween(s.from, s.to));
    return { ...s, start, end: at } as AxisPiece | AxisBreak;
  });
  return { min: range.min, max: range.max, steps: at, pieces };
}

/** The breaks of an axis, in date order. */
export function breaksOf(axis: TimelineAxis): AxisBreak[] {
  return axis.pieces.filter((p): p is AxisBreak => p.kind === 'break');
}

/**
 * Where a date lies on the axis, in steps (fractional inside a break). Dates outside the range
 * are clamped to its ends.
 */
export function positionOf(axis: TimelineAxis, date: string): number {
  const d = date < axis.min ? axis.min : date > axis.max ? axis.max : date;
  const piece = axis.pieces.find((p) => d >= p.from && d <= p.to)!;
  const length = daysBetween(piece.from, piece.to);
  return length === 0 ? piece.start : piece.start + ((piece.end - piece.start) * daysBetween(piece.from, d)) / length;
}

/**
 * The date at a position on the axis (in steps): the nearest day. Outside a break every step is
 * one day, so `dateAt(axis, positionOf(axis, d)) === d` there.
 */
export function dateAt(axis: TimelineAxis, position: number): string {
  const p = Math.min(axis.steps, Math.max(0, position));
  const piece = axis.pieces.find((x) => p >= x.start && p <= x.end)!;
  const width = piece.end - piece.start;
  const offset = width === 0 ? 0 : Math.round(((p - piece.start) / width) * daysBetween(piece.from, piece.to));
  return addDays(piece.from, offset);
}

/** A position in steps as a share of the axis, 0–1 (for drawing). */
export function shareOf(axis: TimelineAxis, position: number): number {
  return axis.steps === 0 ? 0 : position / axis.steps;
}
