import type { PlaceFeature } from './place';

/** The base map's file in geo/ (it is not a layer: the manifest lists it apart). */
export const BASE_FILE = 'base.geojson';

/** A place layer as the manifest lists it, with the features written to its file. */
export interface LayerFile {
  id: string;
  title: string;
  description: string;
  file: string;
  style: string;
  /** Places drawn for orientation, which need no report. */
  reporting_optional?: boolean;
  features: PlaceFeature[];
}

interface PlaceLayers {
  cities: PlaceFeature[];
  facilities: PlaceFeature[];
  rivers: PlaceFeature[];
  bridges: PlaceFeature[];
  regions: PlaceFeature[];
}

/** The place layers in manifest order, with their titles and descriptions. */
export function layerFiles(features: PlaceLayers): LayerFile[] {
  return [
    {
      id: 'cities',
      title: 'Cities',
      description:
        'City extents of Lysychansk, Severodonetsk and Bakhmut (Severodonetsk approximate), and centre points of Kramatorsk and Slovyansk.',
      file: 'cities.geojson',
      style: 'city',
      features: features.cities,
    },
    {
      id: 'facilities',
      title: 'Industrial sites',
      description: 'The Lysychansk oil refinery (estimated position) and the Azot chemical plant in Severodonetsk (site centre).',
      file: 'facilities.geojson',
      style: 'facility',
      features: features.facilities,
    },
    {
      id: 'river',
      title: 'Siverskyi Donets river',
      description:
        'The Siverskyi Donets from 37.9°E to 38.9°E, past Siversk and between Lysychansk and Severodonetsk (course accurate to a few hundred metres).',
      file: 'river.geojson',
      style: 'river',
      features: features.rivers,
    },
    {
      id: 'bridges',
      title: 'Bridges',
      description:
        'The three road bridges between Lysychansk and Severodonetsk, at estimated positions, for orientation: no source here reports on a named bridge.',
      file: 'bridges.geojson',
      style: 'bridge',
      reporting_optional: true,
      features: features.bridges,
    },
    {
      id: 'regions',
      title: 'Regions',
      description: 'Luhansk and Donetsk regions (oblasts) and the Donbas they make up, generalised outlines.',
      file: 'regions.geojson',
      style: 'region',
      features: features.regions,
    },
  ];
}
