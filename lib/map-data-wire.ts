/**
 * The small pieces of the map data file's wire format (lib/map-data-codec.ts): days for dates,
 * codes for repeated strings, integers for coordinates. Pure, no dependencies: the browser
 * decodes with them.
 */
import type { Control } from './schemas';
import type { PlaceLook } from './styles';

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

/**
 * A place's look (lib/styles.ts) as one small number: its control's string code plus one (0: no
 * control shown), times 8, plus 4 when claimed, 2 when active, 1 when stale.
 */
export function encodeLook(look: PlaceLook, strings: StringTable): number {
  const control = look.control === null ? 0 : strings.code(look.control) + 1;
  return control * 8 + (look.claimed ? 4 : 0) + (look.active ? 2 : 0) + (look.stale ? 1 : 0);
}

export function decodeLook(code: number, strings: readonly string[]): PlaceLook {
  const control = code >> 3;
  return {
    control: control === 0 ? null : (stringOf(strings, control - 1) as Control),
    claimed: (code & 4) !== 0,
    active: (code & 2) !== 0,
    stale: (code & 1) !== 0,
  };
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
