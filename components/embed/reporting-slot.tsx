import type { ReactNode } from 'react';
import { ReportingPending } from '@/components/data/reporting-pending';
import type { Reporting, ReportingState } from './use-reporting';

interface ReportingSlotProps {
  /** The reporting chunk, as useReporting gives it (components/embed/use-reporting.ts). */
  chunk: ReportingState;
  /** What the failure says could not be loaded (messages `Data.failed`). */
  what: 'quotes' | 'situation';
  /** The class of the failure's box: the box the component would be in (the slot's, or the component's own). */
  className: string;
  /** The component goes in that box too (a slot's box; not for a component that brings its own). */
  boxed?: boolean;
  /** The component, from the chunk. */
  children: (reporting: Reporting) => ReactNode;
}

/**
 * Where one of the embed's reporting components goes (the changes of compare mode, a place's panel,
 * a story's panel): the component once the chunk is here; if the chunk could not be loaded, the
 * failure with Try again in the component's place, so that the reader is not left with an empty
 * frame; nothing while it loads, as most loads take a moment.
 */
export function ReportingSlot({ chunk, what, className, boxed = false, children }: ReportingSlotProps) {
  if (chunk.value) return boxed ? <div className={className}>{children(chunk.value)}</div> : children(chunk.value);
  if (!chunk.failed) return null;
  return (
    <div className={className}>
      <ReportingPending failed retry={chunk.retry} what={what} />
    </div>
  );
}
