import type { DataFileState } from './use-data-file';

interface ReportingPendingProps extends Pick<DataFileState<unknown>, 'failed' | 'retry'> {
  /** What the file brings here: "quotes" (the default), "note" (why a position is approximate) or "situation" (the report digests). */
  what?: 'quotes' | 'note' | 'situation';
}

/** Where quotes (or a precision note, or a situation) will be: while their file loads, or if it could not be loaded. */
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
