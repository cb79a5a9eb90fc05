/**
 * The small pieces of the map data file's wire format (lib/map-data-codec.ts): days for dates,
 * codes for repeated strings, integers for coordinates. Pure, no dependencies: the browser
 * decodes with them.
 */
import type { DateInfo } from './schemas';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayOf(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (!Number.isInteger(day) || dateOf(day) !== date) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return day;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Ascending dates as steps in days, each from the one before (the first from day 0): small numbers. */
export function daySteps(dates: readonly string[]): number[] {
  let previous = 0;
  return dates.map((d) => {
    const day = dayOf(d);
    const step = day - previous;
    previous = day;
    return step;
  });
}

/** The dates of daySteps. */
export function datesOf(steps: readonly number[]): string[] {
  let day = 0;
  return steps.map((step) => {
    day += step;
    return dateOf(day);
  });
}

/**
 * A date as the map's digests carry it (no `basis`), relative to a day it is near: a number
 * (days after `base`, times two, plus one when approximate) where it is only a date, else the
 * same number with its `earliest` and `latest` as days after `base`.
 */
export type WireDate = number | [number, number | null, number | null];

export function encodeDate(d: DateInfo, base: number): WireDate {
  if (d.basis !== undefined) throw new Error(`a digest's date has no basis: ${JSON.stringify(d)}`);
  const code = (dayOf(d.date) - base) * 2 + (d.approximate ? 1 : 0);
  if (d.earliest === undefined && d.latest === undefined) return code;
  const rel = (x: string | undefined) => (x === undefined ? null : dayOf(x) - base);
  return [code, rel(d.earliest), rel(d.latest)];
}

export function decodeDate(w: WireDate, base: number): DateInfo {
  const [code, earliest, latest] = typeof w === 'number' ? [w, null, null] : w;
  // `& 1` is the approximate bit for negative codes too (two's complement).
  const approximate = (code & 1) === 1;
  const d: DateInfo = { date: dateOf(base + (code - (code & 1)) / 2), approximate };
  if (earliest !== null) d.earliest = dateOf(base + earliest);
  if (latest !== null) d.latest = dateOf(base + latest);
  return d;
}

/** The first day a wire date stands for (the next date of a column is coded relative to it). */
export function dayOfWire(w: WireDate, base: number): number {
  const code = typeof w === 'number' ? w : w[0];
  return base + (code - (code & 1)) / 2;
}

/** Codes for strings that repeat (according_to, basis, vocabulary, layer ids): each string once. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly codes = new Map<string, number>();

  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(s);
      this.codes.set(s, c);
    }
    return c;
  }
}

export function stringOf(strings: readonly string[], code: number): string {
  const s = strings[code];
  if (s === undefined) throw new Error(`map data: no string ${code}`);
  return s;
}

const SCALE = 1e6;

/** Whether a coordinate survives being sent as an integer of millionths (at most 6 decimals). */
export function isMicro(x: number): boolean {
  return Math.round(x * SCALE) / SCALE === x;
}

/**
 * Positions as integers of millionths, each relative to the position before it (in a polygon's
 * ring, neighbours are close: small numbers, which compress better than full decimals).
 */
export class DeltaCoder {
  private last = [0, 0];

  encode(p: readonly number[]): number[] {
    const out = p.map((x, i) => Math.round(x * SCALE) - (this.last[i] ?? 0));
    this.last = p.map((x) => Math.round(x * SCALE));
    return out;
  }

  decode(d: readonly number[]): number[] {
    const micro = d.map((x, i) => x + (this.last[i] ?? 0));
    this.last = micro;
    // A division of two exact integers is the double nearest the decimal, as JSON.parse gives it.
    return micro.map((x) => x / SCALE);
  }
}
