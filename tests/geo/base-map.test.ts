// @vitest-environment node
/**
 * Checks the offline base map (geo/base.geojson, written by scripts/author-geometry.ts) against
 * reference facts in tests/fixtures/reference-points.json (key `base`, written by hand from
 * ../shared/reference-geo). Every expected value comes from the fixture, never from the file under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basePropertiesSchema, manifestSchema, type BaseProperties } from '@/lib/schemas';
import { allNumbers, decimals } from '../helpers/coordinates';

const ROOT = path.resolve(__dirname, '..', '..');
type LonLat = [number, number];

interface BaseFixture {
  bbox: [number, number, number, number];
  border: { tolerance_km: number; points: { at: LonLat; where: string }[] };
  country_labels: { min_km_from_border: number } & Record<'Ukraine' | 'Russia', { name_uk: string; side: 'west' | 'east' }>;
  towns: { tolerance_km: number; points: { name: string; name_uk: string; at: LonLat }[] };
}

const fixture = (JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/reference-points.json'), 'utf8')) as { base: BaseFixture }).base;

const text = fs.readFileSync(path.join(ROOT, 'geo', 'base.geojson'), 'utf8');
const base = JSON.parse(text) as FeatureCollection<Geometry, BaseProperties>;
const features = base.features;

const ofKind = (kind: BaseProperties['kind']) => features.filter((f) => f.properties?.kind === kind);

/** All border parts as coordinate arrays. */
const borderParts: Position[][] = ofKind('country-border').flatMap((f) => {
  const g = f.geometry as LineString | MultiLineString;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
});

function kmToBorder(p: Position): number {
  return Math.min(...borderParts.map((c) => turf.pointToLineDistance(p, turf.lineString(c), { units: 'kilometers' })));
}

/** Longitudes where the parallel through `lat` crosses our border line. */
function borderCrossingsAt(lat: number): number[] {
  const out: number[] = [];
  for (const part of borderParts) {
    for (let i = 0; i + 1 < part.length; i++) {
      const [x1, y1] = part[i] as LonLat;
      const [x2, y2] = part[i + 1] as LonLat;
      if ((y1 - lat) * (y2 - lat) > 0 || y1 === y2) continue;
      out.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  return out;
}

const pointOf = (f: Feature<Geometry, BaseProperties>) => (f.geometry as Point).coordinates as LonLat;

describe('base.geojson structure', () => {
  it('is valid GeoJSON (@placemarkio/check-geojson reports no errors)', () => {
    const errors = getIssues(text).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
    expect(base.type).toBe('FeatureCollection');
    expect(features.length).toBeGreaterThan(0);
  });

  it('every feature has properties per basePropertiesSchema', () => {
    for (const [i, f] of features.entries()) {
      const parsed = basePropertiesSchema.safeParse(f.properties);
      expect(parsed.success, `feature #${i}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('stays small (under 15 KB)', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(15_000);
  });

  it('has coordinates with at most 6 decimals, all inside the reference bbox', () => {
    const [w, s, e, n] = fixture.bbox;
    for (const [i, f] of features.entries()) {
      const numbers = allNumbers((f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates);
      expect(numbers.length, `feature #${i}`).toBeGreaterThan(0);
      expect(Math.max(...numbers.map(decimals)), `feature #${i}`).toBeLessThanOrEqual(6);
      const [minX, minY, maxX, maxY] = turf.bbox(f);
      expect(minX >= w && minY >= s && maxX <= e && maxY <= n, `feature #${i} (${f.properties.name}) inside the bbox`).toBe(true);
    }
  });

  it('is listed in geo/layers.json as the base, crediting Natural Earth and OpenStreetMap', () => {
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'geo', 'layers.json'), 'utf8')));
    expect(manifest.base?.file).toBe('base.geojson');
    expect([...(manifest.base?.attribution ?? [])].sort()).toEqual(['natural-earth', 'osm']);
  });
});

describe('country border', () => {
  it('has at least one border line', () => {
    const lines = ofKind('country-border').filter((f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBe(ofKind('country-border').length);
    expect(borderParts.length).toBeGreaterThanOrEqual(1);
  });

  for (const p of fixture.border.points) {
    it(`passes within ${fixture.border.tolerance_km} km of the Natural Earth border at [${p.at.join(', ')}] (${p.where})`, () => {
      expect(kmToBorder(p.at)).toBeLessThanOrEqual(fixture.border.tolerance_km);
    });
  }

  it('has no segment running along the bbox edge (clipping edges are not borders)', () => {
    const [w, s, e, n] = fixture.bbox;
    const onEdge = (a: Position, b: Position) =>
      (a[0] === w && b[0] === w) || (a[0] === e && b[0] === e) || (a[1] === s && b[1] === s) || (a[1] === n && b[1] === n);
    for (const part of borderParts) {
      for (let i = 0; i + 1 < part.length; i++) expect(onEdge(part[i]!, part[i + 1]!), `segment ${i}`).toBe(false);
    }
  });
});

describe('country labels', () => {
  for (const name of ['Ukraine', 'Russia'] as const) {
    const ref = fixture.country_labels[name];
    it(`${name} is a rank-1 point on the ${ref.side} side of the border, at least ${fixture.country_labels.min_km_from_border} km from it`, () => {
      const labels = ofKind('country-label').filter((f) => f.properties.name === name);
      expect(labels).toHaveLength(1);
      const f = labels[0]!;
      expect(f.geometry.type).toBe('Point');
      expect(f.properties.rank).toBe(1);
      expect(f.properties.name_uk).toBe(ref.name_uk);
      const p = pointOf(f);
      expect(kmToBorder(p)).toBeGreaterThanOrEqual(fixture.country_labels.min_km_from_border);
      // The border runs north–south through the map: Ukraine is west of it, Russia east.
      const crossings = borderCrossingsAt(p[1]);
      expect(crossings.length, 'the border crosses the label latitude').toBeGreaterThan(0);
      if (ref.side === 'west') expect(p[0]).toBeLessThan(Math.min(...crossings));
      else expect(p[0]).toBeGreaterThan(Math.max(...crossings));
    });
  }
});

describe('town labels', () => {
  const towns = ofKind('town-label');

  it('label exactly the towns in the fixture, once each', () => {
    expect(towns.map((f) => f.properties.name).sort()).toEqual(fixture.towns.points.map((t) => t.name).sort());
  });

  for (const t of fixture.towns.points) {
    it(`${t.name} is within ${fixture.towns.tolerance_km} km of its reference point`, () => {
      const f = towns.find((x) => x.properties.name === t.name);
      expect(f, t.name).toBeDefined();
      expect(f!.geometry.type).toBe('Point');
      expect(f!.properties.name_uk).toBe(t.name_uk);
      expect(turf.distance(pointOf(f!), t.at, { units: 'kilometers' })).toBeLessThanOrEqual(fixture.towns.tolerance_km);
    });
  }

  it('no town label duplicates a project place (geo/cities.geojson)', () => {
    const cities = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo', 'cities.geojson'), 'utf8')) as FeatureCollection<
      Geometry,
      { name: string; name_uk: string; aliases: string[] }
    >;
    expect(cities.features.length).toBeGreaterThan(0);
    const projectNames = new Set(
      cities.features.flatMap((c) => [c.properties.name, c.properties.name_uk, ...c.properties.aliases]).map((s) => s.toLowerCase()),
    );
    for (const f of towns) {
      expect(projectNames.has(f.properties.name.toLowerCase()), f.properties.name).toBe(false);
      expect(projectNames.has((f.properties.name_uk ?? '').toLowerCase()), f.properties.name_uk).toBe(false);
    }
  });
});
