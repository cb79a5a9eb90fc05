import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, quoteLinkOf, textDirectiveOf } from '@/lib/text-fragment';

/** The terms of a `text=` directive, decoded as a browser does. */
const termsOf = (link: string) =>
  /:~:text=(.*)$/
    .exec(link)![1]!
    .split(',')
    .map((t) => decodeURIComponent(t));

describe('encodeTextDirectiveTerm', () => {
  it('encodes the characters the directive reserves (dash, comma, ampersand) and leaves no raw space', () => {
    expect(encodeTextDirectiveTerm('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
  });

  it('encodes typographic quotation marks, apostrophes and dashes as UTF-8', () => {
    expect(encodeTextDirectiveTerm('“Yes” – it’s')).toBe('%E2%80%9CYes%E2%80%9D%20%E2%80%93%20it%E2%80%99s');
  });
});

describe('textDirectiveOf', () => {
  it('takes a short quote whole, its white space collapsed', () => {
    expect(textDirectiveOf('  The artillery\n sounds never stop. ')).toBe('text=The%20artillery%20sounds%20never%20stop.');
  });

  it('takes a long quote by its first and last five words, so that the link stays short and survives small edits between', () => {
    const quote =
      '“I think that the infrastructure of Lysychansk will be as destroyed as Severodonetsk infrastructure,” Vitaly goes on. “I think it’s similar.”';
    const link = quoteLinkOf('https://example.org/a', quote);
    expect(termsOf(link)).toEqual(['“I think that the infrastructure', 'on. “I think it’s similar.”']);
    // Each term is one term: the comma inside the quote is encoded, so only the separator splits them.
    expect(link.split(':~:text=')[1]!.split(',')).toHaveLength(2);
  });

  it('keeps a hyphenated word and a comma inside a term', () => {
    const link = quoteLinkOf('https://example.org/a', 'the counter-offensive, at last');
    expect(link).toBe('https://example.org/a#:~:text=the%20counter%2Doffensive%2C%20at%20last');
    expect(termsOf(link)).toEqual(['the counter-offensive, at last']);
  });

  it('is empty for an empty quote, which leaves the URL as it is', () => {
    expect(textDirectiveOf(' \n ')).toBe('');
    expect(quoteLinkOf('https://example.org/a', '')).toBe('https://example.org/a');
  });
});

describe('quoteLinkOf', () => {
  it('adds the directive after a fragment the URL already has', () => {
    expect(quoteLinkOf('https://example.org/a#story', 'fighting')).toBe('https://example.org/a#story:~:text=fighting');
    expect(quoteLinkOf('https://example.org/a?p=1', 'fighting')).toBe('https://example.org/a?p=1#:~:text=fighting');
  });
});
