import { describe, expect, it } from 'vitest';
import { placeListing } from '@/lib/place-listing';
import { SAMPLE } from '../fixtures/map-data-sample';

describe('placeListing', () => {
  it('lists every place of each layer, with the places they are part of, when no limit is given', () => {
    const listing = placeListing(SAMPLE);
    expect(listing.layers).toEqual([
      {
        id: 'facilities',
        title: SAMPLE.layers[0]!.title,
        title_uk: SAMPLE.layers[0]!.title_uk,
        places: ['lysychansk-refinery', 'azot'],
        more: 0,
        bare: 0,
      },
    ]);
    // Azot is part of Severodonetsk (another layer's place): the entry compares with it, so it comes along.
    expect(Object.keys(listing.places).sort()).toEqual(['azot', 'lysychansk-refinery', 'severodonetsk']);
    expect(listing.places.azot).toBe(SAMPLE.places.azot);
  });

  it('keeps the first places of each layer up to the limit and counts the rest, carrying nothing it does not list', () => {
    const listing = placeListing(SAMPLE, 1);
    expect(listing.layers[0]).toMatchObject({ places: ['lysychansk-refinery'], more: 1 });
    expect(Object.keys(listing.places)).toEqual(['lysychansk-refinery']);
  });
});
