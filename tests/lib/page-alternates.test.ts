import { describe, expect, it } from 'vitest';
import { languageAlternates } from '@/lib/page-alternates';

describe('languageAlternates', () => {
  it('gives the canonical address in the page’s language and every language’s version', () => {
    expect(languageAlternates('https://map.example.org', '/about', 'uk')).toEqual({
      canonical: 'https://map.example.org/uk/about',
      languages: {
        en: 'https://map.example.org/about',
        uk: 'https://map.example.org/uk/about',
        'x-default': 'https://map.example.org/about',
      },
    });
    expect(languageAlternates('https://map.example.org', '/places/bakhmut', 'en')?.canonical).toBe('https://map.example.org/places/bakhmut');
  });

  it('gives nothing without an origin (SITE_URL unset)', () => {
    expect(languageAlternates(null, '/about', 'en')).toBeUndefined();
  });
});
