import { type EmbedLayer, isBulkLayer, type ReportedData } from './bulk-points';
import type { ReportedPlace } from './map-data';

/** A layer of the place list: the places it lists, how many more it has, how many points without reporting. */
export interface ListedLayer {
  id: string;
  title: string;
  title_uk: string;
  /** The listed places' ids, in the data's order. */
  places: string[];
  /** How many of the layer's places are not listed (a link to the page of all places says so). */
  more: number;
  /** A bulk layer's points with no reporting: counted, not listed one by one. */
  bare: number;
}

/**
 * What the place list shows (components/places/place-list.tsx): its layers, and only the places it
 * lists with the places they are part of. The map page's server gives the browser the listing of
 * the first places of each layer, so that the list its script draws is the same list (React updates
 * it, and adds the rest of the places, instead of replacing every node the reader may be on), and
 * its size does not grow with the data.
 */
export interface PlaceListing {
  layers: ListedLayer[];
  places: Record<string, ReportedPlace>;
}

/** The place list of the data: every place, or the first `limit` places of each layer. */
export function placeListing(data: Pick<ReportedData, 'layers' | 'places' | 'placeOrder'>, limit?: number): PlaceListing {
  const places: Record<string, ReportedPlace> = {};
  const keep = (place: ReportedPlace) => {
    places[place.id] = place;
    const container = place.part_of ? data.places[place.part_of] : undefined;
    if (container) places[container.id] = container;
  };
  const layers = data.layers.map((layer): ListedLayer => {
    const all = data.placeOrder.filter((id) => data.places[id]?.layer === layer.id);
    const listed = limit === undefined ? all : all.slice(0, limit);
    for (const id of listed) keep(data.places[id]!);
    return {
      id: layer.id,
      title: layer.title,
      title_uk: layer.title_uk,
      places: listed,
      more: all.length - listed.length,
      bare: bareCount(layer, data.places),
    };
  });
  return { layers, places };
}

function bareCount(layer: EmbedLayer, places: Pick<ReportedData, 'places'>['places']): number {
  return isBulkLayer(layer) ? layer.points.ids.filter((id) => !places[id]).length : 0;
}
