import { CompareControl } from '@/components/compare/compare-control';
import { useWords } from '@/components/i18n/use-words';
import { comparisonSummary } from '@/lib/change-text';
import type { Comparison } from '@/lib/compare';
import type { EmbedConfig } from '@/lib/embed-config';
import type { MapPlace } from '@/lib/map-data';
import { ReportingSlot } from './reporting-slot';
import type { ReportingState } from './use-reporting';

interface EmbedCompareProps {
  shell: EmbedConfig['shell'];
  /** The map's date, and the other one (undefined: compare mode is off). */
  date: string;
  value: string | undefined;
  onChange: (compare: string | undefined) => void;
  /** The changes between the two dates, once the report digests are here. */
  comparison: Comparison | undefined;
  places: Readonly<Record<string, MapPlace>> | undefined;
  /** The frame shows its controls (`controls=1`): compare mode's switch is one. */
  controls: boolean;
  chunk: ReportingState;
  /** A place chosen in the changes, once the frame runs. */
  onSelect: ((id: string) => void) | undefined;
}

/**
 * Compare mode in a frame: its switch and second date (with the controls), and the list of what
 * changed between the two dates, from the reporting chunk (or, if it could not be loaded, the
 * failure with Try again in the list's place).
 */
export function EmbedCompare({ shell, date, value, onChange, comparison, places, controls, chunk, onSelect }: EmbedCompareProps) {
  const words = useWords();
  return (
    <>
      {controls && (
        <CompareControl
          dates={shell.dates}
          range={shell.dateRange}
          date={date}
          value={value}
          onChange={onChange}
          summary={comparison && comparisonSummary(words, comparison)}
        />
      )}
      {comparison && places && (
        <ReportingSlot chunk={chunk} what="situation" className="fm-changes" boxed>
          {(R) => <R.ChangeList comparison={comparison} places={places} shown={date} onSelect={onSelect} />}
        </ReportingSlot>
      )}
    </>
  );
}
