import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataVersionOf, readDataVersion } from '@/lib/data-version';
import { DATA_VERSION_PATTERN } from '@/lib/ids';
import { GEO_DIR } from './geo-data';

const file = (p: string, text: string) => ({ path: p, bytes: Buffer.from(text) });

describe('dataVersionOf', () => {
  it('is 12 hex digits, whatever the order of the files', () => {
    const a = dataVersionOf([file('layers.json', '{}'), file('sources/a.txt', 'text')]);
    expect(a).toMatch(DATA_VERSION_PATTERN);
    expect(dataVersionOf([file('sources/a.txt', 'text'), file('layers.json', '{}')])).toBe(a);
  });

  it('changes with a file’s bytes, its name, or a file added', () => {
    const a = dataVersionOf([file('layers.json', '{}')]);
    expect(dataVersionOf([file('layers.json', '{ }')])).not.toBe(a);
    expect(dataVersionOf([file('layer.json', '{}')])).not.toBe(a);
    expect(dataVersionOf([file('layers.json', '{}'), file('x.txt', '')])).not.toBe(a);
  });

  it('keeps a file’s name apart from its contents', () => {
    expect(dataVersionOf([file('a', 'bc')])).not.toBe(dataVersionOf([file('ab', 'c')]));
  });
});

describe('readDataVersion', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-version-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('hashes every file under the folder, sub-folders too', () => {
    fs.mkdirSync(path.join(tmp, 'sources'));
    fs.writeFileSync(path.join(tmp, 'layers.json'), '{}');
    fs.writeFileSync(path.join(tmp, 'sources', 'a.txt'), 'text');
    const version = readDataVersion(tmp, '2026-01-02');
    expect(version.id).toBe(dataVersionOf([file('layers.json', '{}'), file('sources/a.txt', 'text')]));
    fs.writeFileSync(path.join(tmp, 'sources', 'a.txt'), 'text changed');
    expect(readDataVersion(tmp, '2026-01-02').id).not.toBe(version.id);
  });

  it('dates a folder outside git by the build', () => {
    expect(readDataVersion(tmp, '2026-01-02').date).toBe('2026-01-02');
  });

  it('dates geo/ by its last commit where it is committed, else by the build', () => {
    const clean = execFileSync('git', ['status', '--porcelain', '--', '.'], { cwd: GEO_DIR, encoding: 'utf8' }) === '';
    const last = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: GEO_DIR, encoding: 'utf8' }).trim();
    expect(readDataVersion(GEO_DIR, '2000-01-01').date).toBe(clean ? last : '2000-01-01');
  });
});
