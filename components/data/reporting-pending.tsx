import type { DataFileState } from './use-data-file';

/** Where quotes will be: while a place's reporting file loads, or if it could not be loaded. */
export function ReportingPending({ failed, retry }: Pick<DataFileState<unknown>, 'failed' | 'retry'>) {
  return failed ? (
    <p className="reporting-pending" role="alert">
      The quotes could not be loaded.{' '}
      <button type="button" onClick={retry}>
        Try again
      </button>
    </p>
  ) : (
    <p className="reporting-pending" role="status">
      Loading the quotes…
    </p>
  );
}
