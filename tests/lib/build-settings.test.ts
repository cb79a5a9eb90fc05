import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSettingsOf, settingsChangedWarning, startWarning, writeBuildSettings } from '@/lib/build-settings';

describe('settingsChangedWarning', () => {
  const built = buildSettingsOf({ SITE_URL: 'https://map.example.org', TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' });

  it('is null when the server starts with its build’s settings', () => {
    expect(settingsChangedWarning(built, { ...built })).toBeNull();
  });

  it('names each setting that changed, with both values, and says to rebuild', () => {
    const now = buildSettingsOf({ TILE_URL: 'none' });
    const warning = settingsChangedWarning(built, now)!;
    expect(warning).toContain('  SITE_URL: https://map.example.org at build, (not set) now');
    expect(warning).toContain('  TILE_URL: https://tiles.example.org/{z}/{x}/{y}.png at build, (not set) now');
    expect(warning).not.toContain('TILE_ATTRIBUTION:');
    expect(warning).toContain('npm run build');
  });
});

describe('startWarning', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-settings-')), 'build-settings.json');

  it('compares the settings written at build with those at start', () => {
    writeBuildSettings({ SITE_URL: 'https://map.example.org' }, file);
    expect(startWarning({ SITE_URL: 'https://map.example.org' }, file)).toBeNull();
    expect(startWarning({ SITE_URL: 'https://other.example.org' }, file)).toContain('SITE_URL: https://map.example.org at build');
  });

  it('says nothing when no build recorded its settings', () => {
    expect(startWarning({}, path.join(path.dirname(file), 'missing.json'))).toBeNull();
  });
});
