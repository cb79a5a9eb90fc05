/**
 * Lengths as the reporting gives them (metres, kilometres, miles), brought to kilometres so the
 * claim checks compare like with like.
 */
import type { Length } from '../claim-schemas';

/** Kilometres in an international mile. */
export const KM_PER_MILE = 1.609344;

/** Kilometres in one of each unit a claim may give a length in. */
export const KM_PER_UNIT: Record<Length['unit'], number> = { m: 0.001, km: 1, mi: KM_PER_MILE };

/**
 * @param length a stated length or tolerance from geo/claims.json
 * @returns the same length in kilometres
 * @example lengthInKm({ value: 6, unit: 'mi' }) // 9.656064
 */
export function lengthInKm(length: Length): number {
  return length.value * KM_PER_UNIT[length.unit];
}
