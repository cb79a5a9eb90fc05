/**
 * The browser's share of the catalogue (lib/messages.ts clientMessages) and the embed's
 * (embedMessages): the same namespaces' messages, untouched, in the catalogue's order.
 */
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json' with { type: 'json' };
import uk from '@/messages/uk.json' with { type: 'json' };
import { clientMessages, EMBED_NAMESPACES, embedMessages, type Messages } from '@/lib/messages';

const SERVER_ONLY = ['Site', 'About', 'Downloads', 'AllPlaces', 'NotFound', 'OEmbed', 'Picture'];

describe.each([
  ['en', en as Messages],
  ['uk', uk as Messages],
])('the %s catalogue', (_, catalogue) => {
  it('clientMessages: every namespace but the server-only ones, as they are', () => {
    const messages = clientMessages(catalogue);
    expect(Object.keys(messages)).toEqual(Object.keys(catalogue).filter((ns) => !SERVER_ONLY.includes(ns)));
    expect(messages.Reports).toBe(catalogue.Reports);
    expect(messages.Share).toBe(catalogue.Share);
  });

  it('embedMessages: the embed’s namespaces only, as they are, in the catalogue’s order', () => {
    const messages = embedMessages(catalogue);
    expect(Object.keys(messages)).toEqual(Object.keys(catalogue).filter((ns) => (EMBED_NAMESPACES as readonly string[]).includes(ns)));
    expect(Object.keys(messages).sort()).toEqual([...EMBED_NAMESPACES].sort());
    expect(messages.Embed).toBe(catalogue.Embed);
  });
});
