/**
 * What a place's own page (`/places/{id}`) shows, gathered from the checked data: its names, layer,
 * geometry and the geometry's provenance, the place it is part of and the places part of it, its
 * situation on the map's latest reporting date, and its reporting in full. Pure: the caller passes
 * the data, the date and the reporting files (lib/data.ts `getPlacePage`).
 */
import bbox from '@turf/bbox';
import { formatDateInfo } from './format-date';
import { type Locale, localName, otherName } from './i18n';
import { numberFormat } from './intl-formats';
import { type PlaceReporting, type PlaceSituation, situationOn } from './map-data';
import { oembedDiscoveryUrl } from './oembed';
import type { Attribution, PlaceProperties } from './schemas';
import type { BBox, GeoData, Geometry, ReportView } from './types';
import type { Words } from './translate';
import { mapPathOf } from './url-state';
import { situationLabels } from './vocabulary';

/** The small map's size on a place's page, in CSS pixels (components/place-page/place-picture.tsx draws it; the page scales it to its column). */
export const PLACE_PICTURE_SIZE = { width: 640, height: 400 } as const;

/** Another place, as a link names it. */
export interface PlaceLink {
  id: string;
  name: string;
  /** Its Ukrainian name, for the page in Ukrainian (lib/i18n.ts localName). */
  name_uk: string;
}

export interface PlacePage extends PlaceProperties {
  id: string;
  layer: { id: string; title: string; title_uk: string };
  geometry: Geometry;
  /** The bounding box of a line or an area, [west, south, east, north]; none for a point. */
  extent?: BBox;
  /** The credits of the geometry's sources (`geometry_source.attribution`), as the manifest words them. */
  credits: Attribution[];
  /** The place this one lies in or beside (`part_of`). */
  container?: PlaceLink;
  /** The places that lie in or beside this one. */
  parts: PlaceLink[];
  /** The map's latest reporting date (YYYY-MM-DD): the situation is the one reported on it. */
  date: string;
  situation: PlaceSituation;
  /** Every report about the place in full, with the map checks of its claims, and its sources. */
  reporting: PlaceReporting;
  /** Where the situation is possibly out of date: the container's later report that makes it so. */
  outdatedReport?: ReportView;
}

/**
 * Everything a place's page shows, or undefined for an unknown place.
 * @param placeId the place
 * @param data the checked data set
 * @param date the map's latest reporting date (its default view, and the API's `on_latest_date`)
 * @param reportingOf a place's reporting file (lib/data.ts `getPlaceReporting`)
 */
export function placePageOf(
  placeId: string,
  data: GeoData,
  date: string,
  reportingOf: (id: string) => PlaceReporting | undefined,
): PlacePage | undefined {
  const entry = data.places.get(placeId);
  const reporting = reportingOf(placeId);
  if (!entry || !reporting) return undefined;
  const { feature, layerId } = entry;
  const link = (id: string): PlaceLink => {
    const { name, name_uk } = data.places.get(id)!.feature.properties;
    return { id, name, name_uk };
  };
  // The situation as the map works it out: from the reports' dates and assertions, and the container's.
  const withReports = (id: string) => ({ ...link(id), reports: reportingOf(id)?.reports ?? [] });
  const { part_of } = feature.properties;
  const container = part_of && data.places.has(part_of) ? link(part_of) : undefined;
  const situation = situationOn(withReports(placeId), date, container && withReports(container.id));
  const outdatedBy = situation.outdatedBy;
  return {
    id: placeId,
    ...feature.properties,
    layer: (({ id, title, title_uk }) => ({ id, title, title_uk }))(data.layers.find((l) => l.entry.id === layerId)!.entry),
    geometry: feature.geometry,
    ...(feature.geometry.type === 'Point' ? {} : { extent: bbox(feature.geometry) }),
    credits: feature.properties.geometry_source.attribution.flatMap((key) => data.manifest.attributions[key] ?? []),
    ...(container ? { container } : {}),
    parts: [...data.places.values()].filter((p) => p.feature.properties.part_of === placeId).map((p) => link(p.feature.id)),
    date,
    situation,
    reporting,
    ...(outdatedBy ? { outdatedReport: reportingOf(outdatedBy.place)?.reports.find((r) => r.id === outdatedBy.control.report.id) } : {}),
  };
}

/**
 * The page's description (its `<meta name="description">`): the place's names and its situation
 * as the page states it, in plain words, with nothing added.
 * @example placeDescription(words, lysychansk) // 'Lysychansk (Лисичанськ), as last reported c. 30 June 2022: Ukrainian control · Under attack · Russian advance. 10 reports quoted word for word with their sources.'
 */
export function placeDescription({ t, locale }: Words, page: Pick<PlacePage, 'name' | 'name_uk' | 'situation' | 'reporting'>): string {
  const names = placeNames(locale, page);
  const count = page.reporting.reports.length;
  if (count === 0) return t('PlacePage.descriptionNoReports', { names });
  const reports = t('PlacePage.descriptionReports', { count });
  const { latest, outdatedBy } = page.situation;
  if (!latest) return t('PlacePage.descriptionNoSituation', { names, reports });
  return t('PlacePage.description', {
    names,
    date: formatDateInfo(latest.describes, locale),
    situation: situationLabels(t, page.situation).join(' · '),
    outdated: outdatedBy ? t('PlacePage.descriptionOutdated', { container: outdatedBy.name }) : '',
    reports,
  });
}

/** A place's names, the reader's language's first: "Lysychansk (Лисичанськ)", "Лисичанськ (Lysychansk)". */
export function placeNames(locale: Locale, place: { name: string; name_uk: string }): string {
  return `${localName(place, locale)} (${otherName(place, locale).name})`;
}

/**
 * The address of the oEmbed answer for a place, for the page's discovery link: the map page on
 * the place (`/?place={id}`), which /api/oembed embeds. Only with a configured origin: a
 * prerendered page cannot know the request's, and no absolute address is made up.
 * @param origin SITE_URL's origin (lib/site.ts `configuredOrigin`), or null
 */
export function placeOembedUrl(origin: string | null, placeId: string): string | undefined {
  if (!origin) return undefined;
  return oembedDiscoveryUrl(origin, `${origin}${mapPathOf(placeId)}`);
}

/**
 * A position as a reader writes it, latitude first, to the data's own decimals, in the reader's
 * language ("48,9173° пн. ш., 38,4286° сх. д." in Ukrainian).
 * @param lonLat GeoJSON order, [longitude, latitude]
 * @example formatLatLon(WORDS.en, [38.4286, 48.9173]) // '48.9173° N, 38.4286° E'
 */
export function formatLatLon({ t, locale }: Words, [lon = 0, lat = 0]: readonly number[]): string {
  // The data's decimals as they are (up to 6), no grouping: a coordinate, not an amount.
  const number = numberFormat(locale, { maximumFractionDigits: 6, useGrouping: false });
  return t('PlacePage.latLon', {
    lat: number.format(Math.abs(lat)),
    ns: lat < 0 ? 's' : 'n',
    lon: number.format(Math.abs(lon)),
    ew: lon < 0 ? 'w' : 'e',
  });
}
