import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATH, HASHED_FILE_PATH } from '@/lib/cache-headers';
import { addressPattern, downloadFileUrl, hashedFileUrl, PART_PATTERNS, pictureFileUrl, placeFileUrl } from '@/lib/data-file-names';

const HASH = '0123456789ab';

describe('addressPattern', () => {
  it('takes the name’s own characters literally and each part as its pattern', () => {
    const pattern = new RegExp(`^${addressPattern(placeFileUrl, PART_PATTERNS.hash, PART_PATTERNS.name)}$`);
    expect(pattern.test(`/_data/places.${HASH}/bakhmut.json`)).toBe(true);
    // A dot of the name is a dot, not any character; a part outside its pattern does not match.
    expect(pattern.test(`/_data/placesX${HASH}/bakhmut.json`)).toBe(false);
    expect(pattern.test(`/_data/places.${HASH}/bakhmutXjson`)).toBe(false);
    expect(pattern.test('/_data/places.0123/bakhmut.json')).toBe(false);
    expect(pattern.test(`/_data/places.${HASH}/a/b.json`)).toBe(false);
  });

  it('puts each part where the name puts it, in any order', () => {
    const swapped = (id: string, hash: string) => `/x/${hash}/${id}`;
    expect(addressPattern(swapped, 'ID', 'HASH')).toBe('\\/x\\/HASH\\/ID');
  });
});

describe('the names the build writes and the patterns the proxy reads', () => {
  it('match: every builder’s address is known by its pattern', () => {
    for (const url of [hashedFileUrl('map', HASH), placeFileUrl(HASH, 'lysychansk-refinery'), pictureFileUrl(HASH, 'bakhmut', 'uk')])
      expect(url).toMatch(HASHED_FILE_PATH);
    for (const name of ['reports.csv', 'cities.geojson', 'datapackage.json']) {
      expect(downloadFileUrl(HASH, name)).toMatch(DOWNLOAD_PATH);
      expect(downloadFileUrl(HASH, name)).not.toMatch(HASHED_FILE_PATH);
    }
  });
});
