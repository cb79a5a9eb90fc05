import { useTranslations } from 'next-intl';
import type { DataFileState } from './use-data-file';

interface ReportingPendingProps extends Pick<DataFileState<unknown>, 'failed' | 'retry'> {
  /** What the file brings here: "quotes" (the default), "note" (why a position is approximate) or "situation" (the report digests). */
  what?: 'quotes' | 'note' | 'situation';
}

/** Where quotes (or a precision note, or a situation) will be: while their file loads, or if it could not be loaded. */
export function ReportingPending({ failed, retry, what = 'quotes' }: ReportingPendingProps) {
  const t = useTranslations('Data');
  return failed ? (
    <p className="reporting-pending" role="alert">
      {t('failed', { what })}{' '}
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </p>
  ) : (
    <p className="reporting-pending" role="status">
      {t('loading', { what })}
    </p>
  );
}
