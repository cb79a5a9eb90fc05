/**
 * The browser's share of the catalogue, each kind of page's (lib/messages.ts pageMessages) and the
 * embed's (embedMessages): the same namespaces' messages, untouched, in the catalogue's order.
 */
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json' with { type: 'json' };
import uk from '@/messages/uk.json' with { type: 'json' };
import { EMBED_NAMESPACES, embedMessages, type Messages, PAGE_NAMESPACES, pageMessages } from '@/lib/messages';

const SERVER_ONLY = ['Site', 'About', 'Downloads', 'AllPlaces', 'NotFound', 'OEmbed', 'Picture'];

describe.each([
  ['en', en as Messages],
  ['uk', uk as Messages],
])('the %s catalogue', (_, catalogue) => {
  it('pageMessages: a kind of page’s namespaces only, as they are, and never the server’s', () => {
    for (const [page, namespaces] of Object.entries(PAGE_NAMESPACES)) {
      const messages = pageMessages(catalogue, page as keyof typeof PAGE_NAMESPACES);
      expect(Object.keys(messages)).toEqual(Object.keys(catalogue).filter((ns) => (namespaces as readonly string[]).includes(ns)));
      for (const ns of SERVER_ONLY) expect(messages, page).not.toHaveProperty(ns);
    }
    expect(pageMessages(catalogue, 'map').Reports).toBe(catalogue.Reports);
    expect(Object.keys(pageMessages(catalogue, 'place')).sort()).toEqual(['DataChanged', 'Language', 'Share']);
  });

  it('embedMessages: the embed’s namespaces only, as they are, in the catalogue’s order', () => {
    const messages = embedMessages(catalogue);
    expect(Object.keys(messages)).toEqual(Object.keys(catalogue).filter((ns) => (EMBED_NAMESPACES as readonly string[]).includes(ns)));
    expect(Object.keys(messages).sort()).toEqual([...EMBED_NAMESPACES].sort());
    expect(messages.Embed).toBe(catalogue.Embed);
  });
});
