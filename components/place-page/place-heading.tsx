import { PlaceName } from '@/components/reports/place-name';
import type { PlacePage } from '@/lib/place-page';
import { mapPathOf } from '@/lib/url-state';

/**
 * The top of a place's page: its name in English and Ukrainian, its other names, and the ways to
 * the map (the place selected on it, or the map as a whole) and to its data.
 */
export function PlaceHeading({ page }: { page: PlacePage }) {
  const mapHref = mapPathOf(page.id);
  return (
    <header className="place-page-head">
      <p>
        <a href="/">← Back to the map</a>
      </p>
      <h1>
        <PlaceName place={page} />
      </h1>
      <p className="place-page-names">
        Russian: <span lang="ru">{page.name_ru}</span>
        {page.aliases.length > 0 && <> · also written {page.aliases.join(', ')}</>}
      </p>
      <p className="place-page-links">
        <a className="all-reporting" href={mapHref}>
          Open on the map
        </a>{' '}
        <a href={`/api/places/${encodeURIComponent(page.id)}`}>The place’s data (JSON)</a>
      </p>
    </header>
  );
}
