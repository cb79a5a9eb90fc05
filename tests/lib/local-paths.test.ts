import { describe, expect, it } from 'vitest';
import { mapPathIn, placePathIn } from '@/lib/local-paths';
import { mapPathOf } from '@/lib/url-state';

describe('mapPathIn and placePathIn', () => {
  it('keep English unprefixed', () => {
    expect(mapPathIn('bakhmut', 'en')).toBe(mapPathOf('bakhmut'));
    expect(placePathIn('bakhmut', 'en')).toBe('/places/bakhmut');
  });

  it('put the Ukrainian map and pages under /uk, the query straight after the prefix', () => {
    expect(mapPathIn('bakhmut', 'uk')).toBe(`/uk${mapPathOf('bakhmut').slice(1)}`);
    expect(mapPathIn('bakhmut', 'uk')).toMatch(/^\/uk\?.*place=bakhmut/);
    expect(placePathIn('lysychansk', 'uk')).toBe('/uk/places/lysychansk');
  });
});
