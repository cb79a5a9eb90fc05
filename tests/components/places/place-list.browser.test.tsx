import { describe, expect, it } from 'vitest';
import { ALL_PLACES_PATH, PlaceList } from '@/components/places/place-list';
import { placeListing } from '@/lib/place-listing';
import { SAMPLE } from '../../fixtures/map-data-sample';
import { render } from '../render';

const facilities = SAMPLE.layers.find((l) => l.id === 'facilities')!;
const idsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('li[data-place-id]')].map((li) => li.dataset.placeId);

describe('PlaceList', () => {
  it('lists every place of a layer, each linking to its page, when no limit is given', async () => {
    const { container } = await render(<PlaceList listing={placeListing(SAMPLE)} date="2022-07-01" />);
    expect(idsOf(container)).toEqual(['lysychansk-refinery', 'azot']);
    expect(container.querySelector('a[data-place-id="azot"]')?.getAttribute('href')).toBe('/places/azot');
    expect(container.querySelector('.place-entry-more')).toBeNull();
  });

  it('lists the first places of a layer up to its limit, then links to the rest on the page of all places', async () => {
    expect(facilities.collection.features.length).toBe(2);
    const { container } = await render(<PlaceList listing={placeListing(SAMPLE, 1)} date="2022-07-01" />);
    expect(idsOf(container)).toEqual(['lysychansk-refinery']);
    const more = container.querySelector<HTMLAnchorElement>('.place-entry-more a');
    expect(more?.getAttribute('href')).toBe(`${ALL_PLACES_PATH}#list-facilities`);
    expect(more?.textContent).toBe(`1 more in ${facilities.title}: all places`);
    // The link's target: the layer's heading in the full list has that id.
    expect(container.querySelector('h3#list-facilities')?.textContent).toBe(facilities.title);
  });

  it('says its entries choose a place on the map only while it has a handler for them', async () => {
    const listing = placeListing(SAMPLE);
    const nav = (container: HTMLElement) => container.querySelector('nav.place-list')!;
    const { container, rerender } = await render(<PlaceList listing={listing} date="2022-07-01" onSelect={() => {}} />);
    expect(nav(container).hasAttribute('data-selectable')).toBe(true);
    await rerender(<PlaceList listing={listing} date="2022-07-01" />);
    expect(nav(container).hasAttribute('data-selectable')).toBe(false);
    await rerender(<PlaceList listing={listing} date="2022-07-01" onSelect={() => {}} />);
    expect(nav(container).hasAttribute('data-selectable')).toBe(true);
  });
});
