/**
 * Golden GeoJSON tests in Turf's style: each case is tests/fixtures/geometry/<fn>/in/<case>.geojson
 * (a FeatureCollection; each feature's `properties.role` says which argument it is, and the case's
 * parameters are in `properties.options` of the first argument), and the expected output is
 * out/<case>.geojson: the inputs styled with simplestyle properties, plus the result. Outputs are
 * truncated to 6 decimals with @turf/truncate; inputs are deep-frozen, so a function that mutates
 * them throws. Regenerate with `UPDATE_GOLDENS=1 npx vitest run tests/lib/geometry`, then open the
 * changed files on a map (geojson.io) before committing them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import circle from '@turf/circle';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { describe, expect, it } from 'vitest';
import { positionOf, type PlaceLike } from '@/lib/geometry/position-of';
import { deepFreeze } from '../../helpers/freeze';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'geometry');
const UPDATE = Boolean(process.env.UPDATE_GOLDENS);

export { deepFreeze } from '../../helpers/freeze';

export type Input = FeatureCollection<Geometry, GeoJsonProperties>;

/** The input feature with this role; fails the test if there is none. */
export function role<F extends Feature = PlaceLike>(input: Input, name: string): F {
  const f = input.features.find((x) => x.properties?.role === name);
  if (!f) throw new Error(`fixture has no feature with role "${name}"`);
  return f as unknown as F;
}

/** The case's parameters: `properties.options` of the feature with this role. */
export function optionsOf<T>(input: Input, name: string): T {
  return (role<Feature>(input, name).properties?.options ?? {}) as T;
}

const COLOURS: Record<string, string> = {
  from: '#1d4f91',
  to: '#d7191c',
  place: '#d7191c',
  river: '#2c7bb6',
  polygon: '#1a9641',
  a: '#1d4f91',
  b: '#1d4f91',
};

/** A copy of an input feature with simplestyle colours for its role (the input is never touched). */
export function styled(feature: Feature): Feature {
  const colour = COLOURS[String(feature.properties?.role)] ?? '#555555';
  const style =
    feature.geometry.type === 'Point'
      ? { 'marker-color': colour, 'marker-size': 'small' }
      : feature.geometry.type.endsWith('Polygon')
        ? { stroke: colour, 'stroke-width': 2, fill: colour, 'fill-opacity': 0.15 }
        : { stroke: colour, 'stroke-width': 3 };
  return { ...structuredClone(feature), properties: { ...structuredClone(feature.properties), ...style } };
}

/** The uncertainty circle of an approximate input, drawn dashed-grey for viewing; none for exact ones. */
export function uncertainty(feature: PlaceLike): Feature[] {
  const { centre, radius_km } = positionOf(feature);
  if (radius_km === 0 || feature.geometry.type !== 'Point') return [];
  return [
    circle(centre, radius_km, {
      steps: 32,
      units: 'kilometers',
      properties: {
        role: 'uncertainty',
        of: feature.properties && 'role' in feature.properties ? feature.properties.role : null,
        radius_km,
        stroke: '#777777',
        'stroke-width': 1,
        fill: '#777777',
        'fill-opacity': 0.1,
      },
    }),
  ];
}

/** The output collection: styled inputs, their uncertainty circles, then the result in black. */
export function collection(input: Input, result: Feature): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...input.features.map(styled),
      ...input.features.flatMap((f) => uncertainty(f as PlaceLike)),
      { ...result, properties: { role: 'result', ...result.properties, stroke: '#000000', 'stroke-width': 2 } },
    ],
  };
}

/**
 * Runs every case of tests/fixtures/geometry/<name>/in against out/, or writes out/ when
 * UPDATE_GOLDENS is set.
 */
export function runGoldens(name: string, compute: (input: Input) => FeatureCollection): void {
  const dir = path.join(FIXTURES, name);
  const cases = fs
    .readdirSync(path.join(dir, 'in'))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  describe(`${name} (golden files)`, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(3));
    it.each(cases)('%s', (file) => {
      const text = fs.readFileSync(path.join(dir, 'in', file), 'utf8');
      expect(
        getIssues(text).filter((i) => i.severity === 'error'),
        'input is valid GeoJSON',
      ).toEqual([]);
      const input = deepFreeze(JSON.parse(text) as Input);
      const output = truncate(compute(input), { precision: 6, coordinates: 2 });
      const json = `${JSON.stringify(output, null, 2)}\n`;
      expect(
        getIssues(json).filter((i) => i.severity === 'error'),
        'output is valid GeoJSON',
      ).toEqual([]);
      expect(JSON.parse(text), 'input unchanged').toEqual(input);
      const outPath = path.join(dir, 'out', file);
      if (UPDATE) {
        fs.mkdirSync(path.dirname(outPath), { recursive: true });
        fs.writeFileSync(outPath, json);
      } else if (!fs.existsSync(outPath)) {
        throw new Error(`no golden file ${path.relative(process.cwd(), outPath)}: run with UPDATE_GOLDENS=1`);
      }
      expect(output).toEqual(JSON.parse(fs.readFileSync(outPath, 'utf8')));
    });
  });
}
