import { formatLatLon, type PlacePage } from '@/lib/place-page';
import type { Geometry } from '@/lib/types';
import { placePagePath } from '@/lib/url-state';

const KIND_WORDS: Record<PlacePage['kind'], string> = {
  city: 'City',
  facility: 'Industrial site',
  river: 'River',
  bridge: 'Bridge',
  region: 'Region',
};

const GEOMETRY_WORDS: Partial<Record<Geometry['type'], string>> = {
  Point: 'a point',
  LineString: 'a line',
  MultiLineString: 'a line in several parts',
  Polygon: 'an outline',
  MultiPolygon: 'an outline in several parts',
};

/** Where the place is drawn: its geometry, its position as text, and its extent. */
function Position({ page }: { page: PlacePage }) {
  const { geometry, label_point, extent } = page;
  return (
    <>
      <dt>Drawn as</dt>
      <dd>
        {GEOMETRY_WORDS[geometry.type] ?? geometry.type} (GeoJSON <code>{geometry.type}</code>)
      </dd>
      {geometry.type === 'Point' ? (
        <>
          <dt>Position</dt>
          <dd>{formatLatLon(geometry.coordinates)}</dd>
        </>
      ) : (
        label_point && (
          <>
            <dt>Label point</dt>
            <dd>{formatLatLon(label_point)}</dd>
          </>
        )
      )}
      {extent && (
        <>
          <dt>Extent</dt>
          <dd>
            from {formatLatLon([extent[0], extent[1]])} to {formatLatLon([extent[2], extent[3]])}
          </dd>
        </>
      )}
    </>
  );
}

/** What the place is, where and how precisely it is drawn, and where its geometry comes from. */
export function PlaceFacts({ page }: { page: PlacePage }) {
  const { precision, geometry_source: source } = page;
  return (
    <dl className="place-facts">
      <dt>Kind</dt>
      <dd>
        {KIND_WORDS[page.kind]}, in the map’s layer “{page.layer.title}”
      </dd>
      {page.container && (
        <>
          <dt>Part of</dt>
          <dd>
            <a href={placePagePath(page.container.id)}>{page.container.name}</a>
          </dd>
        </>
      )}
      {page.parts.length > 0 && (
        <>
          <dt>Includes</dt>
          <dd>
            {page.parts.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <a href={placePagePath(p.id)}>{p.name}</a>
              </span>
            ))}
          </dd>
        </>
      )}
      <Position page={page} />
      <dt>Precision</dt>
      <dd>
        {precision.type === 'exact' ? (
          'Exact: drawn where the place is'
        ) : (
          <>
            <strong>Approximate</strong>, within about {precision.radius_m.toLocaleString('en-GB')} m. {precision.note}
          </>
        )}
      </dd>
      <dt>How it was drawn</dt>
      <dd>
        {source.method}
        <ul className="place-references">
          {source.references.map((r) => (
            <li key={r}>{/^https?:\/\/\S+$/.test(r) ? <a href={r}>{r}</a> : r}</li>
          ))}
        </ul>
      </dd>
      <dt>Credits</dt>
      <dd>
        {page.credits.map((c, i) => (
          <span key={c.text}>
            {i > 0 && '; '}
            {c.url ? <a href={c.url}>{c.text}</a> : c.text} ({c.licence})
          </span>
        ))}
      </dd>
    </dl>
  );
}
