/**
 * The embed's messages files (lib/message-files.ts, written beside the map's data by
 * lib/write-data-files.ts): each language's embed share of its catalogue (lib/messages.ts embedMessages), compiled as the pages'
 * loader compiles it, named by its content's hash.
 */
import { describe, expect, it } from 'vitest';
import { dataFilesOf } from '@/lib/write-data-files';
import { LOCALES } from '@/lib/i18n';
import { messageBodies } from '@/lib/message-files';
import { embedMessages } from '@/lib/messages';
import { COMPILED_MESSAGES } from '../helpers/messages';
import { loadGeoData } from './geo-data';

describe('the messages files', () => {
  const bodies = messageBodies();

  it('hold each language’s embed messages, compiled as the build compiles them, and none of the server’s', () => {
    for (const locale of LOCALES) {
      const messages = JSON.parse(bodies[locale]);
      expect(messages).toEqual(embedMessages(COMPILED_MESSAGES[locale]));
      expect(Object.keys(messages)).toEqual(expect.arrayContaining(['Embed', 'Legend', 'MapCheck']));
      for (const serverOnly of ['About', 'Downloads', 'Site']) expect(messages).not.toHaveProperty(serverOnly);
    }
  });

  it('are data files named by their language and content, which the manifest names', () => {
    const { manifest, files } = dataFilesOf(loadGeoData(), { id: '0123456789ab', date: '2026-01-01' });
    for (const locale of LOCALES) {
      expect(manifest.messages[locale]).toMatch(new RegExp(`^/_data/messages-${locale}\\.[0-9a-f]{12}\\.json$`));
      expect(files.find((f) => f.url === manifest.messages[locale])?.body).toBe(bodies[locale]);
    }
    expect(manifest.messages.en).not.toBe(manifest.messages.uk);
  });
});
