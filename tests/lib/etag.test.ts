import { describe, expect, it } from 'vitest';
import { etagOf, matchesIfNoneMatch } from '@/lib/etag';

describe('matchesIfNoneMatch', () => {
  const etag = etagOf('{"a":1}');

  it.each([
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    [`  "other" ,W/${etag} `, true],
    ['"other"', false],
    [etag.slice(1, -1), false],
    ['*', false],
    ['', false],
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });
});
