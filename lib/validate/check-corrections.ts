/**
 * geo/corrections.json (optional: no file, no corrections): the schema, unique ids, and every place,
 * report and source it names exists (lib/validate.ts).
 */
import { type Correction, correctionsFileSchema } from '../corrections';
import { type DataIssue, readOptionalRecords } from './data-issues';

interface KnownIds {
  places: ReadonlySet<string>;
  reports: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export function checkCorrections(readFile: (p: string) => string | null, known: KnownIds, issues: DataIssue[]): Correction[] {
  const file = 'corrections.json';
  const corrections = readOptionalRecords(readFile, file, 'corrections', correctionsFileSchema, 'correction', issues);
  for (const c of corrections) {
    for (const kind of ['places', 'reports', 'sources'] as const) {
      for (const id of c[kind]) if (!known[kind].has(id)) issues.push({ file, id: c.id, message: `unknown ${kind.slice(0, -1)} "${id}"` });
    }
  }
  return corrections;
}
