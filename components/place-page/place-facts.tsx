import { useLocale, useTranslations } from 'next-intl';
import { RICH } from '@/components/about/rich';
import { useWords } from '@/components/i18n/use-words';
import { localName } from '@/lib/i18n';
import { placePathIn } from '@/lib/local-paths';
import { formatLatLon, type PlacePage } from '@/lib/place-page';
import { layerTitle } from '@/lib/i18n';

/** The geometries a place may be drawn as, with words for them in the catalogue (PlacePage.geometry). */
const SHAPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
const isShape = (type: string): type is (typeof SHAPES)[number] => (SHAPES as readonly string[]).includes(type);

/** Where the place is drawn: its geometry, its position as text, and its extent. */
function Position({ page }: { page: PlacePage }) {
  const t = useTranslations('PlacePage');
  const words = useWords();
  const { geometry, label_point, extent } = page;
  const shape = isShape(geometry.type) ? t(`geometry.${geometry.type}`) : geometry.type;
  return (
    <>
      <dt>{t('facts.drawnAs')}</dt>
      <dd>{t.rich('facts.drawnAsValue', { ...RICH, shape, type: geometry.type })}</dd>
      {geometry.type === 'Point' ? (
        <>
          <dt>{t('facts.position')}</dt>
          <dd>{formatLatLon(words, geometry.coordinates)}</dd>
        </>
      ) : (
        label_point && (
          <>
            <dt>{t('facts.labelPoint')}</dt>
            <dd>{formatLatLon(words, label_point)}</dd>
          </>
        )
      )}
      {extent && (
        <>
          <dt>{t('facts.extent')}</dt>
          <dd>
            {t('facts.extentValue', { from: formatLatLon(words, [extent[0], extent[1]]), to: formatLatLon(words, [extent[2], extent[3]]) })}
          </dd>
        </>
      )}
    </>
  );
}

/** The places it lies in or that lie in it, by their names in the page's language. */
function Related({ page }: { page: PlacePage }) {
  const t = useTranslations('PlacePage.facts');
  const locale = useLocale();
  return (
    <>
      {page.container && (
        <>
          <dt>{t('partOf')}</dt>
          <dd>
            <a href={placePathIn(page.container.id, locale)}>{localName(page.container, locale)}</a>
          </dd>
        </>
      )}
      {page.parts.length > 0 && (
        <>
          <dt>{t('includes')}</dt>
          <dd>
            {page.parts.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <a href={placePathIn(p.id, locale)}>{localName(p, locale)}</a>
              </span>
            ))}
          </dd>
        </>
      )}
    </>
  );
}

/**
 * What the place is, where and how precisely it is drawn, and where its geometry comes from. The
 * layer's title, the notes on precision and method, and the credits are data, in English.
 */
export function PlaceFacts({ page }: { page: PlacePage }) {
  const t = useTranslations('PlacePage');
  const { precision, geometry_source: source } = page;
  const locale = useLocale();
  const layer = () => <>{layerTitle(page.layer, locale)}</>;
  return (
    <dl className="place-facts">
      <dt>{t('facts.kind')}</dt>
      <dd>{t.rich('facts.kindValue', { kind: t(`kind.${page.kind}`), layer })}</dd>
      <Related page={page} />
      <Position page={page} />
      <dt>{t('facts.precision')}</dt>
      <dd>
        {precision.type === 'exact' ? (
          t('facts.exact')
        ) : (
          <>
            {t.rich('facts.approximate', { ...RICH, radius: precision.radius_m })} <span lang="en">{precision.note}</span>
          </>
        )}
      </dd>
      <dt>{t('facts.howDrawn')}</dt>
      <dd>
        <span lang="en">{source.method}</span>
        <ul className="place-references" lang="en">
          {source.references.map((r) => (
            <li key={r}>{/^https?:\/\/\S+$/.test(r) ? <a href={r}>{r}</a> : r}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('facts.credits')}</dt>
      <dd lang="en">
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
