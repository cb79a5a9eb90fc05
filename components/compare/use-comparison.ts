import { useMemo } from 'react';
import { useReportedData } from '@/components/data/use-data-file';
import type { EmbedData } from '@/lib/bulk-points';
import { type Comparison, compareDates } from '@/lib/compare';

/**
 * Compare mode's comparison (lib/compare.ts) of `date` with `compare`, once per data, date and
 * other date; undefined when not comparing, and while the map's data or the places' report digests
 * (which compare mode asks for) are loading.
 */
export function useComparison(data: EmbedData | undefined, date: string, compare: string | undefined): Comparison | undefined {
  const { value: reported } = useReportedData(data, compare !== undefined);
  return useMemo(() => (reported && compare !== undefined ? compareDates(reported, date, compare) : undefined), [reported, date, compare]);
}
