import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDITS_PAGE, creditHtml, DATA_LICENCE } from '@/lib/credits';
import { loadGeoData, REPO_ROOT } from './geo-data';

describe('creditHtml', () => {
  it('links a credit to its own address', () => {
    expect(creditHtml({ text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'Public domain' })).toBe(
      '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Made with Natural Earth</a>',
    );
  });

  it('links a credit without an address to the About page’s credits, escaped', () => {
    expect(creditHtml({ text: 'A <b>project</b>', licence: 'ODbL 1.0' })).toBe(
      `<a href="${CREDITS_PAGE}" target="_blank" rel="noopener">A &#60;b&#62;project&#60;/b&#62;</a>`,
    );
  });
});

describe('one licence story', () => {
  const { attributions } = loadGeoData().manifest;
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { license: string };

  it('credits the project without an address and under the data’s licence', () => {
    expect(attributions.project).toEqual({ text: expect.any(String), licence: DATA_LICENCE.licence });
  });

  it('gives OpenStreetMap the data’s licence and Natural Earth the public domain, and no credit another licence', () => {
    expect(attributions.osm?.licence).toBe('ODbL 1.0');
    expect(attributions['natural-earth']?.licence).toBe('Public domain');
    for (const a of Object.values(attributions)) expect(['ODbL 1.0', 'Public domain']).toContain(a?.licence);
  });

  it('matches package.json (code) and the README', () => {
    expect(pkg.license).toBe('MIT');
    expect(DATA_LICENCE.note).toContain('MIT');
    const credits = readme.slice(readme.indexOf('## Credits and licences'));
    for (const words of ['MIT', 'ODbL', 'public domain', 'Made with Natural Earth', DATA_LICENCE.url]) expect(credits).toContain(words);
    expect(readme).not.toMatch(/CC BY/);
  });
});
