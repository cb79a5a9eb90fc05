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

/**
 * Each command the map accepts, by its name after the prefix: the fields it reads and the check
 * of each. One table, so that what the embed accepts is a list the hostile-input tests can walk.
 */
export const COMMANDS = {
  'select-place': {
    fields: ['place'],
    valid: (d: Record<string, unknown>) => d.place === null || (typeof d.place === 'string' && d.place.length <= 64),
  },
  'set-date': { fields: ['date'], valid: (d: Record<string, unknown>) => typeof d.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.date) },
} as const;

/** Checks a message's shape; returns the command (its type and fields only) or undefined. */
export function parseCommand(data: unknown): Command | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const name = typeof d.type === 'string' && d.type.startsWith(PREFIX) ? d.type.slice(PREFIX.length) : '';
  if (!Object.hasOwn(COMMANDS, name)) return undefined;
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command.valid(d)) return undefined;
  // Valid per the table: a Command of this type, with nothing but its own fields copied.
  return Object.fromEntries([['type', d.type], ...command.fields.map((f) => [f, d[f]])]) as Command;
}

/**
 * Whether a message from `origin` may command the map.
 * @param allowed the origins allowed to embed the map, or null for any
 */
export function originAllowed(origin: string, allowed: readonly string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}
