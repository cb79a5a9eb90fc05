/**
 * What a picture of a view of the map (`/image`, components/map-picture/map-image.tsx) draws and
 * says: the view's frame, layers and date as the map would open them from the same URL
 * (lib/first-view.ts), the legend of the drawn layers, and the credits of what is drawn with the
 * data version. Pure.
 */
import type { ReportedData } from './bulk-points';
import { comparisonSummary } from './change-text';
import { compareDates } from './compare';
import type { DataVersion } from './data-version';
import { firstView } from './first-view';
import { formatIsoDate } from './format-date';
import type { ImageRequest } from './image-request';
import { legendEntries, type LegendEntry, legendLabel, statusLegendEntries } from './legend';
import { frameOfView, type Picture, pictureOf } from './map-picture';
import type { StyleKey } from './styles';
import type { Words } from './translate';
import { localName } from './i18n';

/** How a picture of width × height is laid out: the map, a side column for the text and legend (none in small pictures), the credits' strip. */
export interface ImageLayout {
  width: number;
  height: number;
  map: { width: number; height: number };
  side: number;
  footer: number;
  small: boolean;
}

/** Pictures narrower than this keep the heading over the map and leave the legend out. */
const SIDE_FROM_WIDTH = 700;

export function layoutOf(width: number, height: number): ImageLayout {
  const small = width < SIDE_FROM_WIDTH || height < 360;
  const side = small ? 0 : Math.min(330, Math.round(width * 0.3));
  // The credits take one line in a wide picture, up to three in a narrow one.
  const footer = width < 500 ? 44 : width < 900 ? 36 : 24;
  return { width, height, map: { width: width - side, height: height - footer }, side, footer, small };
}

export interface MapImageContent {
  layout: ImageLayout;
  picture: Picture;
  text: { heading: string; date: string; legend: (LegendEntry & { label: string })[]; credits: string };
}

type ImageData = Pick<ReportedData, 'layers' | 'base' | 'places' | 'placeOrder' | 'baseAttribution' | 'attributions' | 'dateRange'>;

/** The credits of the base and of the drawn layers, each once, in the order the map's attribution gives them. */
function creditsOf(data: ImageData, visible: readonly string[]): string[] {
  const keys = [...data.baseAttribution, ...data.layers.filter((l) => visible.includes(l.id)).flatMap((l) => l.attribution)];
  return [...new Set(keys)].flatMap((key) => data.attributions[key]?.text ?? []);
}

/**
 * The picture and its text for a request.
 * @param data the map's data (lib/data.ts getMapData)
 * @param request the parsed query (lib/image-request.ts)
 * @param version the data version, named in the credits
 * @param words the picture's language (lib/translate.ts)
 */
export function imageOf(data: ImageData, request: ImageRequest, version: DataVersion, words: Words): MapImageContent {
  const { t, locale } = words;
  const { state, width, height, theme } = request;
  const visible = state.layers ?? data.layers.map((l) => l.id);
  const date = state.date ?? data.dateRange.max;
  const layout = layoutOf(width, height);
  const frame = frameOfView(firstView(data, state), layout.map.width, layout.map.height);
  // Compare mode as on the map: the places that changed between the dates stand out, the others fade.
  const comparison = state.compare === undefined ? undefined : compareDates(data, date, state.compare);
  const picture = pictureOf(data, { frame, date, theme, selected: state.place, labels: true, visible, comparison, locale });
  const keys = data.layers.filter((l) => visible.includes(l.id)).map((l) => l.style as StyleKey);
  const latest = date === data.dateRange.max && !layout.small;
  const title = t('Picture.title');
  const legend = [...statusLegendEntries(keys, theme), ...legendEntries(keys, theme).filter((e) => e.key !== 'region')];
  return {
    layout,
    picture,
    text: {
      heading: state.place && data.places[state.place] ? localName(data.places[state.place]!, locale) : title,
      date: [
        t('Picture.date', { date: formatIsoDate(date, locale), latest: latest ? 'yes' : 'no' }),
        ...(comparison ? [t('Picture.compared', { summary: comparisonSummary(words, comparison) })] : []),
      ].join('. '),
      legend: legend.map((e) => ({ ...e, label: legendLabel(t, e.key) })),
      credits: [...creditsOf(data, visible), t('Picture.version', { id: version.id, date: formatIsoDate(version.date, locale) })].join(' · '),
    },
  };
}
