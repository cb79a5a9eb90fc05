import { useLocale, useTranslations } from 'next-intl';
import type { MouseEvent, ReactNode } from 'react';
import { PlaceName } from '@/components/reports/place-name';
import { SituationLine } from '@/components/reports/situation-text';
import { formatIsoDate } from '@/lib/format-date';
import { layerTitle } from '@/lib/i18n';
import { containerOf, type ReportedPlace, situationOn } from '@/lib/map-data';
import type { ListedLayer, PlaceListing } from '@/lib/place-listing';
import { placePagePath } from '@/lib/url-state';
import { SelectedReporting } from './selected-reporting';

interface PlaceListProps {
  /** The places to list with their report digests (lib/place-listing.ts placeListing). */
  listing: PlaceListing;
  selected?: string;
  /** The chosen date (YYYY-MM-DD): each place's situation as reported on it. */
  date: string;
  /** Where a place's link goes: the place's own page (default), or the full map (the embed). */
  hrefOf?: (id: string) => string;
  /** `_blank` where a link must leave the page (the embed's frame cannot show the full map). */
  linkTarget?: '_blank';
  /** With JavaScript: choosing a place selects it on the map instead of following its link. */
  onSelect?: (id: string) => void;
}

/** The page listing every place (app/places/page.tsx); `#list-<layer>` goes to a layer's section. */
export const ALL_PLACES_PATH = '/places';
/**
 * How many places of each layer the map page lists in its HTML (placeListing's limit): with JavaScript the
 * list is drawn from the data file, whole. At 100 times our data the full list was 1.8 MB of the
 * page (npm run bench:data).
 */
export const FIRST_PLACES_PER_LAYER = 12;

const timeOf = (iso: string) => (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>;

/**
 * `data-selectable`: the list's entries choose their place on the map, not only link to its page.
 * Set when React attaches the click handler (hydration, a ref needs no second render), so the
 * server's HTML, read without JavaScript or not yet hydrated, never claims it; taken off with the
 * handler (the ref's cleanup, in React 19 and Preact 11 alike).
 */
const markSelectable = (nav: HTMLElement | null) => {
  nav?.setAttribute('data-selectable', '');
  return () => nav?.removeAttribute('data-selectable');
};

/**
 * The text twin of the map: every place, its situation as reported on the date, and all the
 * reporting of the selected place. Rendered on the server as well, so it reads without JavaScript
 * (its links lead to each place's page); with JavaScript it follows the map's state. Without `onSelect` it has
 * no function in it, so a server component may render it (app/[locale]/places/page.tsx). Points of a
 * bulk layer (lib/bulk-points.ts) with no reporting are not listed one by one: a line per layer
 * says how many there are.
 */
export function PlaceList({ listing, selected, date, hrefOf = placePagePath, linkTarget, onSelect }: PlaceListProps) {
  const t = useTranslations('Places');
  const locale = useLocale();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-place-id]');
    if (!onSelect || !link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(link.dataset.placeId!);
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the links inside take the keyboard (Enter clicks them); this delegated listener only intercepts their clicks.
    // biome-ignore lint/a11y/noNoninteractiveElementInteractions: the same delegated listener; the nav itself does nothing on a click.
    <nav
      className="place-list"
      aria-labelledby="place-list-heading"
      onClick={onSelect ? onClick : undefined}
      ref={onSelect ? markSelectable : undefined}
    >
      <h2 id="place-list-heading">{t('heading')}</h2>
      <p className="place-list-date">{t.rich('date', { date: formatIsoDate(date, locale), time: timeOf(date) })}</p>
      {listing.layers.map((layer) => (
        <section key={layer.id} aria-labelledby={`list-${layer.id}`}>
          <h3 id={`list-${layer.id}`}>{layerTitle(layer, locale)}</h3>
          <LayerEntries layer={layer} places={listing.places}>
            {(place) => (
              <PlaceEntry
                key={place.id}
                place={place}
                container={containerOf(place, listing.places)}
                date={date}
                selected={selected === place.id}
                href={hrefOf(place.id)}
                target={linkTarget}
              />
            )}
          </LayerEntries>
        </section>
      ))}
    </nav>
  );
}

interface PlaceEntryProps {
  place: ReportedPlace;
  /** The place this one is part of (containerOf), to compare with. */
  container?: ReportedPlace;
  date: string;
  selected: boolean;
  href: string;
  target?: '_blank';
}

export function PlaceEntry({ place, container, date, selected, href, target }: PlaceEntryProps) {
  const t = useTranslations('Places');
  const latest = situationOn(place, date, container);
  return (
    <li className="place-entry" data-place-id={place.id} data-selected={selected || undefined}>
      <a
        href={href}
        target={target}
        rel={target ? 'noopener' : undefined}
        data-place-id={place.id}
        aria-current={selected ? 'true' : undefined}
        className="place-link"
      >
        <PlaceName place={place} />
      </a>
      <p className="place-latest">
        {latest.latest ? (
          <SituationLine situation={latest} />
        ) : place.reports.length === 0 ? (
          t('noReporting')
        ) : (
          t('noSituation', { count: place.reports.length })
        )}
      </p>
      {selected && place.reports.length > 0 && <SelectedReporting place={place} date={date} />}
    </li>
  );
}

interface LayerEntriesProps {
  layer: ListedLayer;
  places: PlaceListing['places'];
  children: (place: ReportedPlace) => ReactNode;
}

/** A layer's listed places, a link to the rest if some are not listed, then its bulk points' count. */
function LayerEntries({ layer, places, children }: LayerEntriesProps) {
  const locale = useLocale();
  const t = useTranslations('Places');
  return (
    <ul>
      {layer.places.map((id) => children(places[id]!))}
      {layer.more > 0 && (
        <li className="place-entry place-entry-more">
          <a href={`${ALL_PLACES_PATH}#list-${layer.id}`}>{t('more', { count: layer.more, layer: layerTitle(layer, locale) })}</a>
        </li>
      )}
      {layer.bare > 0 && <li className="place-entry place-entry-bulk">{t('bare', { count: layer.bare })}</li>}
    </ul>
  );
}
