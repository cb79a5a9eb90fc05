// CITATION.cff (the repository's citation for the software and the data): valid YAML with the
// keys Citation File Format 1.2.0 requires, and the facts the rest of the project states.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CITED_AUTHOR, CITED_WORK } from '@/lib/cite-view';
import { DATA_LICENCE } from '@/lib/credits';

const ROOT = path.join(import.meta.dirname, '..', '..');
const cff = parse(fs.readFileSync(path.join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

describe('CITATION.cff', () => {
  it('has the keys CFF 1.2.0 requires: cff-version, message, title, authors', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect((cff.message as string).length).toBeGreaterThan(20);
    expect(cff.title).toBe(CITED_WORK);
    expect(Array.isArray(cff.authors) && cff.authors.length).toBeGreaterThan(0);
  });

  it('names the project as the author (an entity, as the citations do), never a person', () => {
    expect(cff.authors).toEqual([{ name: CITED_AUTHOR }]);
  });

  it('gives the version and the licences the package and the data state', () => {
    expect(cff.version).toBe(pkg.version);
    expect(cff.type).toBe('software');
    // SPDX ids: the code's licence (package.json) and the data's (lib/credits.ts, "ODbL 1.0").
    expect(cff.license).toEqual([pkg.license, DATA_LICENCE.licence.replace(' ', '-')]);
  });

  it('makes up no address: the project has none (README "Credits and licences")', () => {
    for (const key of ['url', 'repository', 'repository-code', 'repository-artifact', 'doi']) expect(cff, key).not.toHaveProperty(key);
  });
});
