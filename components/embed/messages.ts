/**
 * The embed's postMessage protocol (see README "Embedding"). public/embed.js speaks the same
 * protocol without importing this file (it must stay dependency-free); tests check both.
 *
 * From the map to the host page: `{ type: 'frontline-map:ready', places, date }`,
 * `{ type: 'frontline-map:place-selected', place }` (place null when closed),
 * `{ type: 'frontline-map:height', height }`.
 * From the host page to the map: `{ type: 'frontline-map:select-place', place }`,
 * `{ type: 'frontline-map:set-date', date }`. Anything else is ignored.
 */
export const PREFIX = 'frontline-map:';

export type Command = { type: 'frontline-map:select-place'; place: string | null } | { type: 'frontline-map:set-date'; date: string };

/** Checks a message's shape; returns the command or undefined. */
export function parseCommand(data: unknown): Command | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (d.type === `${PREFIX}select-place` && (d.place === null || (typeof d.place === 'string' && d.place.length <= 64))) {
    return { type: 'frontline-map:select-place', place: d.place as string | null };
  }
  if (d.type === `${PREFIX}set-date` && typeof d.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.date)) {
    return { type: 'frontline-map:set-date', date: d.date };
  }
  return undefined;
}

/**
 * Whether a message from `origin` may command the map.
 * @param allowed the origins allowed to embed the map, or null for any
 */
export function originAllowed(origin: string, allowed: readonly string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}
