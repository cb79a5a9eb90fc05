/**
 * The problems that validation finds, and the parsing shared by the checks of each file: JSON,
 * zod records with the id of the record in question, unique ids (lib/validate.ts).
 */
import type { z } from 'zod';

export interface DataIssue {
  file: string;
  id?: string;
  message: string;
}

export function zodMessages(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

export function parseJson(file: string, text: string | null, issues: DataIssue[]): unknown {
  if (text === null) {
    issues.push({ file, message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.push({ file, message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/**
 * Parses a `{ "<list>": [records…] }` file with its schema; each problem is reported against the
 * id of the record it is in (when that record has one).
 * @returns the parsed value, or undefined when it does not match (problems pushed to `issues`)
 */
export function parseRecords<S extends z.ZodType>(
  file: string,
  json: unknown,
  list: string,
  schema: S,
  issues: DataIssue[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const records = (json as Record<string, unknown> | null)?.[list];
  for (const i of parsed.error.issues) {
    const idx = i.path[0] === list ? i.path[1] : undefined;
    const record = typeof idx === 'number' && Array.isArray(records) ? (records[idx] as { id?: unknown } | undefined) : undefined;
    const id = typeof record?.id === 'string' ? record.id : undefined;
    issues.push({ file, id, message: zodMessages({ issues: [i] } as z.ZodError)[0] ?? i.message });
  }
  return undefined;
}

export function checkUnique(kind: string, file: string, ids: string[], issues: DataIssue[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push({ file, id, message: `duplicate ${kind} id` });
    seen.add(id);
  }
}

/**
 * The records of an optional `{ "<list>": [records…] }` file (geo/claims.json, geo/corrections.json):
 * none when the file is missing; otherwise its JSON, its schema and its records' unique ids are
 * checked, each problem pushed to `issues`, and no records come back unless the file parses.
 * @param kind what a record is, for the duplicate-id message ("duplicate claim id")
 */
export function readOptionalRecords<T extends { id: string }>(
  readFile: (p: string) => string | null,
  file: string,
  list: string,
  schema: z.ZodType<Record<string, T[]>>,
  kind: string,
  issues: DataIssue[],
): T[] {
  const text = readFile(file);
  if (text === null) return [];
  const json = parseJson(file, text, issues);
  if (json === undefined) return [];
  const records = parseRecords(file, json, list, schema, issues)?.[list];
  if (!records) return [];
  checkUnique(
    kind,
    file,
    records.map((r) => r.id),
    issues,
  );
  return records;
}
