import { MapPicture } from '@/components/map-picture/map-picture';
import { formatIsoDate } from '@/lib/format-date';
import { frameAround, type PictureData, pictureOf } from '@/lib/map-picture';
import type { PlacePage } from '@/lib/place-page';
import { mapPathOf } from '@/lib/url-state';

const WIDTH = 640;
const HEIGHT = 400;

/**
 * A small map of the place on its page: the place outlined in the selection colour among its
 * neighbours, every place styled by its situation on the page's date as the live map styles it.
 * Inline SVG drawn at build (no script, no tiles), once per theme; the page's colour scheme picks one.
 */
export function PlaceMap({ page, data }: { page: PlacePage; data: PictureData }) {
  const frame = frameAround(page.geometry, WIDTH, HEIGHT);
  const title = `${page.name} on the map, as reported on ${formatIsoDate(page.date)}`;
  const description =
    'Places are filled by who held them as last reported (blue Ukrainian, purple contested, dark red Russian, grey where no source here says), faint where that report is old, dashed where it rests on a claim, outlined in orange where fighting or movement is reported; this place is outlined in red.';
  return (
    <figure className="place-map">
      {(['light', 'dark'] as const).map((theme) => (
        <MapPicture
          key={theme}
          className={`place-map-${theme}`}
          picture={pictureOf(data, { frame, date: page.date, theme, selected: page.id, labels: true })}
          title={title}
          description={description}
        />
      ))}
      <figcaption>
        {title}. {description} Shapes and positions are only as precise as the facts below say.{' '}
        <a href={mapPathOf(page.id)}>Open it on the interactive map</a>. © OpenStreetMap contributors · Made with Natural Earth.
      </figcaption>
    </figure>
  );
}
