import { baseEntrySchema, layerEntrySchema, type Manifest, manifestSchema } from '../../lib/schemas';
import { BASE_FILE, type LayerFile } from './layer-files';
import type { PlaceFeature } from './place';

/** The attribution keys a layer's features use, in a fixed order. */
function attributionKeys(features: PlaceFeature[]) {
  const order = ['osm', 'natural-earth', 'project'] as const;
  const used = new Set(features.flatMap((f) => f.properties.geometry_source.attribution));
  return order.filter((k) => used.has(k));
}

/** geo/layers.json: the layers, the base map and the attribution texts, checked against manifestSchema. */
export function buildManifest(layers: LayerFile[]): Manifest {
  return manifestSchema.parse({
    layers: layers.map(({ features, ...entry }) => layerEntrySchema.parse({ ...entry, attribution: attributionKeys([...features]) })),
    // The border and the country labels come from Natural Earth; the town points are OSM-derived nodes.
    base: baseEntrySchema.parse({ file: BASE_FILE, attribution: ['natural-earth', 'osm'] }),
    attributions: {
      osm: { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright', licence: 'ODbL 1.0' },
      'natural-earth': { text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'Public domain' },
      // No address: the project has no public repository or site of record to link to (README "Credits and licences").
      project: { text: 'Front-line map project (estimates from news reports)', licence: 'ODbL 1.0' },
    },
  });
}
