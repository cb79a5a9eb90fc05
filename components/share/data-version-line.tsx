import type { DataVersion } from '@/lib/data-version';
import { formatIsoDate } from '@/lib/format-date';

/** "Data version 12395b493512 of 1 December 2026": the map's footer and the About page. */
export function DataVersionLine({ version }: { version: DataVersion }) {
  return (
    <>
      Data version <code className="data-version">{version.id}</code> of {formatIsoDate(version.date)}
    </>
  );
}
