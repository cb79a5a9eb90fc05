import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoFileReader } from '@/lib/read-geo';
import { formatIssue, validateGeoData } from '@/lib/validate';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'data');
const VALID = path.join(FIXTURES, 'valid');

interface BadCase {
  text?: Record<string, string | null>;
  set?: Record<string, Record<string, unknown>>;
  delete?: Record<string, string[]>;
  expected: { file: string; id?: string; message: string };
}

/** Walks a dotted path ("features.0.id"), returning the parent object and the last key. */
function locate(root: unknown, dotted: string): [Record<string, unknown>, string] {
  const keys = dotted.split('.');
  const last = keys.pop()!;
  let node = root as Record<string, unknown>;
  for (const k of keys) node = node[k] as Record<string, unknown>;
  return [node, last];
}

/** The valid fixture set with one bad case applied, as a file reader. */
function readerWith(bad: BadCase): (p: string) => string | null {
  const base = geoFileReader(VALID);
  const patched = new Map<string, string | null>();
  for (const [file, text] of Object.entries(bad.text ?? {})) patched.set(file, text);
  const edit = (file: string, fn: (json: unknown) => void) => {
    const json = JSON.parse(patched.get(file) ?? base(file)!);
    fn(json);
    patched.set(file, JSON.stringify(json));
  };
  for (const [file, sets] of Object.entries(bad.set ?? {})) {
    edit(file, (json) => {
      for (const [p, v] of Object.entries(sets)) {
        const [parent, key] = locate(json, p);
        parent[key] = v;
      }
    });
  }
  for (const [file, paths] of Object.entries(bad.delete ?? {})) {
    edit(file, (json) => {
      for (const p of paths) {
        const [parent, key] = locate(json, p);
        delete parent[key];
      }
    });
  }
  return (p) => (patched.has(p) ? patched.get(p)! : base(p));
}

describe('validateGeoData', () => {
  it('accepts the valid fixture set, normalising whitespace and typographic quotes', () => {
    const result = validateGeoData(geoFileReader(VALID));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.data.reports.map((r) => r.id)).toEqual(['alpha-quiet', 'beta-under-fire']);
  });

  const cases = fs.readdirSync(path.join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.json'));

  it('has a bad-data fixture for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('rejects %s with the expected message', (name) => {
    const bad = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'invalid', name), 'utf8')) as BadCase;
    const result = validateGeoData(readerWith(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { file, id, message } = bad.expected;
    const match = result.issues.find((i) => i.file === file && (id === undefined || i.id === id) && i.message.includes(message));
    expect(match, `issues were:\n${result.issues.map(formatIssue).join('\n')}`).toBeDefined();
    expect(formatIssue(match!)).toContain(`geo/${file}`);
  });
});

describe('the data in geo/', () => {
  it('passes every check', () => {
    const result = validateGeoData(geoFileReader(path.join(__dirname, '..', '..', 'geo')));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});
