/**
 * The embed's messages (lib/messages.ts EMBED_NAMESPACES) against what its bundle reads: every
 * frame downloads its messages file before it hydrates, so it carries the namespaces the embed's
 * components use, and only those. Which they use is read off the sources esbuild bundled
 * (.embed/sources.json, written by scripts/build-embed.mjs, which Vitest's global set-up runs):
 * a catalogue namespace is used where a string starts with its name (`useTranslations('Reports')`,
 * `t('Vocabulary.controlNotReported')`, `` t(`MapCheck.compass.${first}`) ``).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json' with { type: 'json' };
import { EMBED_NAMESPACES, embedMessages, type Messages } from '@/lib/messages';
import { namespacesUsed } from '../helpers/namespaces';

const root = path.resolve(import.meta.dirname, '..', '..');

const bundled = (JSON.parse(readFileSync(path.join(root, '.embed', 'sources.json'), 'utf8')) as string[]).filter((f) => /\.tsx?$/.test(f));

describe('the embed’s messages', () => {
  it('are the namespaces its bundle’s components use, no fewer and no more', () => {
    expect(bundled).toContain('components/embed/embed-entry.tsx');
    const used = namespacesUsed(
      bundled.map((f) => readFileSync(path.join(root, f), 'utf8')),
      Object.keys(en),
    );
    expect([...EMBED_NAMESPACES].sort()).toEqual(used.sort());
  });

  it('leave out what the embed never shows: the place page, the share dialog, the server’s', () => {
    const messages = embedMessages(en as Messages);
    for (const ns of ['PlacePage', 'Share', 'Corrections', 'MapPage', 'About', 'Site']) expect(messages).not.toHaveProperty(ns);
    expect(messages.Embed).toEqual(en.Embed);
  });

  it('reads a namespace off a key, a template or the namespace itself, not off a comment', () => {
    const sources = [
      "t('Legend.title')",
      `words.t(\`MapCheck.compass.\${x}\`)`,
      "useTranslations('Story')",
      '// the "Share" dialog',
      '/* "Places" */',
    ];
    expect(namespacesUsed(sources, ['Legend', 'MapCheck', 'Story', 'Share', 'Places', 'Leg'])).toEqual(['Legend', 'MapCheck', 'Story']);
  });
});
