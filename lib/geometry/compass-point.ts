/** The 16 points of the compass, clockwise from north, 22.5° apart. */
export const COMPASS_POINTS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'] as const;

export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** The words for each point, as a reader would write them ("south-west"). */
export const COMPASS_WORDS: Record<CompassPoint, string> = {
  N: 'north',
  NNE: 'north-north-east',
  NE: 'north-east',
  ENE: 'east-north-east',
  E: 'east',
  ESE: 'east-south-east',
  SE: 'south-east',
  SSE: 'south-south-east',
  S: 'south',
  SSW: 'south-south-west',
  SW: 'south-west',
  WSW: 'west-south-west',
  W: 'west',
  WNW: 'west-north-west',
  NW: 'north-west',
  NNW: 'north-north-west',
};

/**
 * The compass point a bearing falls in: each of the 16 points covers ±11.25° around its own
 * bearing, each of the 8 (N, NE, E … NW) ±22.5°. Boundaries go to the next point clockwise.
 *
 * @param bearing degrees clockwise from north; any value (normalised to 0–360)
 * @param options.points 16 (default) or 8
 * @returns the compass point, e.g. 'SW'
 * @example
 * compassPoint(273.5) // => 'W'
 * compassPoint(250) // => 'WSW'
 * compassPoint(250, { points: 8 }) // => 'W'
 */
export function compassPoint(bearing: number, options: { points?: 8 | 16 } = {}): CompassPoint {
  if (!Number.isFinite(bearing)) throw new Error('bearing must be a finite number of degrees');
  const points = options.points ?? 16;
  if (points !== 8 && points !== 16) throw new Error('points must be 8 or 16');
  const step = 360 / points;
  const azimuth = ((bearing % 360) + 360) % 360;
  const index = Math.floor((azimuth + step / 2) / step) % points;
  return COMPASS_POINTS[index * (16 / points)]!;
}

/**
 * The bearing of a compass point, degrees clockwise from north.
 * @example azimuthOf('SW') // => 225
 */
export function azimuthOf(point: CompassPoint): number {
  const index = COMPASS_POINTS.indexOf(point);
  if (index === -1) throw new Error(`unknown compass point "${point}"`);
  return index * 22.5;
}
