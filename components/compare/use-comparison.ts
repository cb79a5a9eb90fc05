import { useMemo } from 'react';
import { type Comparison, compareDates } from '@/lib/compare';
import type { MapData } from '@/lib/map-data';

/**
 * Compare mode's comparison (lib/compare.ts) of `date` with `compare`, once per data, date and
 * other date; undefined when not comparing or while the map's data is loading.
 */
export function useComparison(
  data: Pick<MapData, 'places' | 'placeOrder'> | undefined,
  date: string,
  compare: string | undefined,
): Comparison | undefined {
  return useMemo(() => (data && compare !== undefined ? compareDates(data, date, compare) : undefined), [data, date, compare]);
}
