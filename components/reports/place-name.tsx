import type { MapPlace } from '@/lib/map-data';

/** "Lysychansk Лисичанськ": the place's name and its Ukrainian name, for headings. */
export function PlaceName({ place }: { place: Pick<MapPlace, 'name' | 'name_uk'> }) {
  return (
    <>
      {place.name}{' '}
      <span lang="uk" className="place-name-uk">
        {place.name_uk}
      </span>
    </>
  );
}
