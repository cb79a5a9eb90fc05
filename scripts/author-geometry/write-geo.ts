import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../lib/schemas';
import { assert } from './assert';
import type { BaseFeature } from './base-feature';
import { collectionJson } from './collection-json';
import { BASE_FILE, type LayerFile } from './layer-files';

const GEO_DIR = path.resolve(__dirname, '..', '..', 'geo');

/** Writes the layer files, the base map and geo/layers.json, checking each file's size first. */
export function writeGeo(layers: LayerFile[], baseFeatures: BaseFeature[], manifest: Manifest): void {
  const baseText = collectionJson(baseFeatures);
  assert(Buffer.byteLength(baseText) < 15_000, `${BASE_FILE} stays under 15 KB`);

  fs.mkdirSync(GEO_DIR, { recursive: true });
  let total = 0;
  for (const layer of layers) {
    const text = collectionJson([...layer.features]);
    assert(Buffer.byteLength(text) < 30_000, `${layer.file} stays under 30 KB`);
    fs.writeFileSync(path.join(GEO_DIR, layer.file), text);
    total += Buffer.byteLength(text);
    console.log(`wrote geo/${layer.file} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${layer.features.length} features)`);
  }
  fs.writeFileSync(path.join(GEO_DIR, BASE_FILE), baseText);
  console.log(`wrote geo/${BASE_FILE} (${(Buffer.byteLength(baseText) / 1024).toFixed(1)} KB, ${baseFeatures.length} features)`);
  fs.writeFileSync(path.join(GEO_DIR, 'layers.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote geo/layers.json; layer files total ${(total / 1024).toFixed(1)} KB`);
}
