import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckedData, readCheckedData, serializeCheckedData, writeCheckedData } from '@/lib/checked-data';
import { loadGeoData } from './geo-data';

describe('the checked data file', () => {
  const data = loadGeoData();

  it('gives back the data set the validator made, its maps and measured claims included', () => {
    const back = parseCheckedData(serializeCheckedData(data));
    expect(back.places).toBeInstanceOf(Map);
    expect(back.sources).toBeInstanceOf(Map);
    expect([...back.places.keys()]).toEqual([...data.places.keys()]);
    expect(back.claims.length).toBeGreaterThan(0);
    expect(back).toEqual(data);
  });

  it('is written and read back from a file; a missing file says how to make it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'checked-'));
    try {
      const file = path.join(dir, 'sub', 'checked.json');
      writeCheckedData(data, file);
      expect(readCheckedData(file)).toEqual(data);
      expect(() => readCheckedData(path.join(dir, 'none.json'))).toThrow(/npm run validate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
