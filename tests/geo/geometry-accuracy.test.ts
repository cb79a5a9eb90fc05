// @vitest-environment node
/**
 * Checks the authored geometry in geo/ against reference facts (tests/fixtures/reference-points.json,
 * written by hand from ../shared/reference-geo). Every expected value comes from the fixture, never
 * from the geo file under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Polygon, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { allNumbers, decimals } from '../helpers/coordinates';

const ROOT = path.resolve(__dirname, '..', '..');
type LonLat = [number, number];

interface Props {
  label_point?: LonLat;
  [key: string]: unknown;
}
type GeoFeature = Feature<Geometry, Props> & { id: string };

interface Fixture {
  cities: Record<string, { centre: LonLat; bank?: 'north-east' | 'south-west' }>;
  facilities: {
    azot: { point: LonLat; bank: 'north-east' | 'south-west'; tolerance_km: number };
    'lysychansk-refinery': { candidates: { bearing_deg: number; distance_km: [number, number] }[]; max_radius_km: number };
  };
  bridges: Record<string, { point: LonLat; tolerance_km: number }>;
  river: {
    span_lon: [number, number];
    twin_city_lon: [number, number];
    tolerance_twin_km: number;
    tolerance_km: number;
    course_samples: { points: { seq: number; at: LonLat }[] };
    natural_earth_west: { points: LonLat[] };
  };
}

const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/reference-points.json'), 'utf8')) as Fixture;

function readLayer(file: string): GeoFeature[] {
  const fc = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo', file), 'utf8')) as FeatureCollection<Geometry, Props>;
  return fc.features as GeoFeature[];
}

const LAYER_FILES = ['cities.geojson', 'facilities.geojson', 'river.geojson', 'bridges.geojson', 'regions.geojson'];
const layers = Object.fromEntries(LAYER_FILES.map((f) => [f, readLayer(f)]));
const allFeatures = Object.values(layers).flat();

function byId(id: string): GeoFeature {
  const f = allFeatures.find((x) => x.id === id);
  if (!f) throw new Error(`feature ${id} not found in geo/`);
  return f;
}

/** Where a place is: its label_point, or the Point itself. */
function centreOf(f: GeoFeature): LonLat {
  if (f.geometry.type === 'Point') return f.geometry.coordinates as LonLat;
  if (!f.properties.label_point) throw new Error(`${f.id} has no label_point`);
  return f.properties.label_point;
}

const km = (a: Position, b: Position) => turf.distance(a, b, { units: 'kilometers' });

const riverFeature = byId('siverskyi-donets');
/** Our river as one LineString (a MultiLineString's parts are joined in order). */
const riverLine: Feature<LineString> = (() => {
  const g = riverFeature.geometry as LineString | MultiLineString;
  if (g.type === 'LineString') return turf.lineString(g.coordinates);
  if (g.type === 'MultiLineString') return turf.lineString(g.coordinates.flat());
  throw new Error('river must be a LineString or MultiLineString');
})();

/**
 * Which bank of our river a point lies on. Takes the river's direction over ±1 km of line around the
 * point nearest to p (so a single short meander segment does not decide) and the sign of the cross
 * product of that direction with the vector to p, in a local equirectangular plane. The line runs
 * upstream (west) to downstream (east); near the twin cities it runs NW→SE, so the left side is the
 * north-east bank and the right side the south-west bank.
 */
function bankOf(p: LonLat, line: Feature<LineString> = riverLine): 'north-east' | 'south-west' {
  const nearest = turf.nearestPointOnLine(line, p, { units: 'kilometers' });
  const at = nearest.properties.location;
  const length = turf.length(line, { units: 'kilometers' });
  const a = turf.along(line, Math.max(0, at - 1), { units: 'kilometers' }).geometry.coordinates;
  const b = turf.along(line, Math.min(length, at + 1), { units: 'kilometers' }).geometry.coordinates;
  const k = Math.cos((p[1] * Math.PI) / 180);
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * k;
  const dy = (b[1] ?? 0) - (a[1] ?? 0);
  const vx = (p[0] - (a[0] ?? 0)) * k;
  const vy = p[1] - (a[1] ?? 0);
  const cross = dx * vy - dy * vx;
  // Guard: the rule "left = north-east" only holds where the river flows roughly south-east/east.
  if (!(dx > 0)) throw new Error(`river does not run west→east near [${p.join(', ')}]`);
  return cross > 0 ? 'north-east' : 'south-west';
}

function outerRings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates.slice(0, 1);
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p[0] ?? []);
  return [];
}

describe('bank helper (sanity)', () => {
  it('tells the two sides of a NW→SE line apart', () => {
    const line = turf.lineString([
      [0, 1],
      [1, 0],
    ]);
    expect(bankOf([1, 1], line)).toBe('north-east');
    expect(bankOf([0, 0], line)).toBe('south-west');
  });
});

describe('city centres', () => {
  for (const [id, ref] of Object.entries(fixture.cities)) {
    it(`${id} is within 1.5 km of the reference centre`, () => {
      expect(km(centreOf(byId(id)), ref.centre)).toBeLessThanOrEqual(1.5);
    });
  }

  it('each city polygon contains its own label point', () => {
    const polys = layers['cities.geojson']!.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
    expect(polys.map((f) => f.id).sort()).toEqual(['bakhmut', 'lysychansk', 'severodonetsk']);
    for (const f of polys) {
      expect(turf.booleanPointInPolygon(centreOf(f), f.geometry as Polygon | MultiPolygon), f.id).toBe(true);
    }
  });

  it('each city polygon contains the reference centre', () => {
    for (const id of ['lysychansk', 'severodonetsk', 'bakhmut']) {
      const ref = fixture.cities[id]!.centre;
      expect(turf.booleanPointInPolygon(ref, byId(id).geometry as Polygon | MultiPolygon), id).toBe(true);
    }
  });
});

describe('facilities and bridges', () => {
  it('Azot is within its tolerance of the reference point', () => {
    const ref = fixture.facilities.azot;
    expect(km(centreOf(byId('azot')), ref.point)).toBeLessThanOrEqual(ref.tolerance_km);
  });

  describe('the refinery, an estimate between two candidate sites', () => {
    const ref = fixture.facilities['lysychansk-refinery'];
    const lysychansk = fixture.cities.lysychansk!.centre;
    const candidates = ref.candidates.flatMap((c) =>
      c.distance_km.map((d) => ({
        bearing: c.bearing_deg,
        d,
        at: turf.destination(lysychansk, d, c.bearing_deg, { units: 'kilometers' }).geometry.coordinates,
      })),
    );
    const refinery = byId('lysychansk-refinery');
    const precision = refinery.properties.precision as { type: string; radius_m?: number };

    it('is approximate, with a radius no wider than the candidates need', () => {
      expect(precision.type).toBe('approximate');
      expect(precision.radius_m! / 1000).toBeLessThanOrEqual(ref.max_radius_km);
    });

    for (const c of candidates) {
      it(`covers the candidate ${c.d} km from Lysychansk's centre at ${c.bearing}°`, () => {
        expect(km(centreOf(refinery), c.at)).toBeLessThanOrEqual(precision.radius_m! / 1000);
      });
    }

    it("lies between the candidates' bearings, nearer neither", () => {
      const bearings = ref.candidates.map((c) => c.bearing_deg);
      const bearing = turf.bearingToAzimuth(turf.bearing(lysychansk, centreOf(refinery)));
      expect(bearing).toBeGreaterThan(Math.min(...bearings));
      expect(bearing).toBeLessThan(Math.max(...bearings));
      expect(Math.abs(bearing - (bearings[0]! + bearings[1]!) / 2)).toBeLessThan(1);
    });
  });

  for (const [id, ref] of Object.entries(fixture.bridges)) {
    it(`${id} is within ${ref.tolerance_km} km of the reference estimate`, () => {
      expect(km(centreOf(byId(id)), ref.point)).toBeLessThanOrEqual(ref.tolerance_km);
    });
  }
});

describe('Siverskyi Donets', () => {
  const r = fixture.river;
  const [twinMin, twinMax] = r.twin_city_lon;
  const [riverW, , riverE] = turf.bbox(riverLine);

  it(`spans at least ${r.span_lon[0]}°E to ${r.span_lon[1]}°E`, () => {
    expect(riverW).toBeLessThanOrEqual(r.span_lon[0]);
    expect(riverE).toBeGreaterThanOrEqual(r.span_lon[1]);
  });

  const samples: { label: string; at: LonLat }[] = [
    ...r.course_samples.points.map((p) => ({ label: `OSM-derived sample #${p.seq}`, at: p.at })),
    ...r.natural_earth_west.points.map((at) => ({ label: 'Natural Earth vertex', at })),
  ];

  it('the fixture covers the twin-city reach and the rest', () => {
    expect(samples.filter((s) => s.at[0] >= twinMin && s.at[0] <= twinMax).length).toBeGreaterThanOrEqual(5);
    expect(samples.filter((s) => s.at[0] < twinMin || s.at[0] > twinMax).length).toBeGreaterThanOrEqual(10);
  });

  for (const s of samples) {
    const twin = s.at[0] >= twinMin && s.at[0] <= twinMax;
    const tol = twin ? r.tolerance_twin_km : r.tolerance_km;
    it(`${s.label} at [${s.at.join(', ')}] is within ${tol} km of our line`, () => {
      // Every sample lies inside the span the line must cover, so none may be skipped.
      expect(s.at[0]).toBeGreaterThanOrEqual(riverW);
      expect(s.at[0]).toBeLessThanOrEqual(riverE);
      expect(turf.pointToLineDistance(s.at, riverLine, { units: 'kilometers' })).toBeLessThanOrEqual(tol);
    });
  }

  it('its label point lies on the line between the twin cities', () => {
    const lp = riverFeature.properties.label_point;
    expect(lp).toBeDefined();
    expect(lp![0]).toBeGreaterThanOrEqual(twinMin);
    expect(lp![0]).toBeLessThanOrEqual(twinMax);
    expect(turf.pointToLineDistance(lp!, riverLine, { units: 'kilometers' })).toBeLessThanOrEqual(0.05);
  });

  it('Lysychansk is on the south-west bank, Severodonetsk and Azot on the north-east bank', () => {
    expect(bankOf(centreOf(byId('lysychansk')))).toBe(fixture.cities.lysychansk!.bank);
    expect(bankOf(centreOf(byId('severodonetsk')))).toBe(fixture.cities.severodonetsk!.bank);
    expect(bankOf(centreOf(byId('azot')))).toBe(fixture.facilities.azot.bank);
    // The reference points themselves must be on those banks of our line too.
    expect(bankOf(fixture.cities.lysychansk!.centre)).toBe(fixture.cities.lysychansk!.bank);
    expect(bankOf(fixture.cities.severodonetsk!.centre)).toBe(fixture.cities.severodonetsk!.bank);
    expect(bankOf(fixture.facilities.azot.point)).toBe(fixture.facilities.azot.bank);
  });

  it('the Severodonetsk polygon does not cross the river', () => {
    const sev = byId('severodonetsk');
    expect(['Polygon', 'MultiPolygon']).toContain(sev.geometry.type);
    expect(turf.booleanIntersects(sev.geometry as Polygon | MultiPolygon, riverLine)).toBe(false);
  });

  it('the Lysychansk polygon does not cross the river (it lies wholly on the south-west bank)', () => {
    const lys = byId('lysychansk');
    expect(['Polygon', 'MultiPolygon']).toContain(lys.geometry.type);
    expect(turf.booleanIntersects(lys.geometry as Polygon | MultiPolygon, riverLine)).toBe(false);
  });
});

describe('coordinates', () => {
  it('every Polygon outer ring is counter-clockwise (RFC 7946)', () => {
    let rings = 0;
    for (const f of allFeatures) {
      for (const ring of outerRings(f.geometry)) {
        rings += 1;
        expect(turf.booleanClockwise(ring), f.id).toBe(false);
      }
    }
    expect(rings).toBeGreaterThanOrEqual(6);
  });

  it('every coordinate (and label point) has at most 6 decimals', () => {
    for (const f of allFeatures) {
      const g = f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>;
      const numbers = [...allNumbers(g.coordinates), ...allNumbers(f.properties.label_point ?? [])];
      expect(numbers.length, f.id).toBeGreaterThan(0);
      expect(Math.max(...numbers.map(decimals)), f.id).toBeLessThanOrEqual(6);
    }
  });
});
