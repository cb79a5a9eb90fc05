import type { DataFileState } from './use-data-file';

interface ReportingPendingProps extends Pick<DataFileState<unknown>, 'failed' | 'retry'> {
  /** What the file brings here: "quotes" (the default) or "note" (why a position is approximate). */
  what?: 'quotes' | 'note';
}

/** Where quotes (or a precision note) will be: while a place's reporting file loads, or if it could not be loaded. */
export function ReportingPending({ failed, retry, what = 'quotes' }: ReportingPendingProps) {
  return failed ? (
    <p className="reporting-pending" role="alert">
      The {what} could not be loaded.{' '}
      <button type="button" onClick={retry}>
        Try again
      </button>
    </p>
  ) : (
    <p className="reporting-pending" role="status">
      Loading the {what}…
    </p>
  );
}
