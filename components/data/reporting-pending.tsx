import { useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import type { DataFileState } from './use-data-file';

interface ReportingPendingProps extends Pick<DataFileState<unknown>, 'failed' | 'retry'> {
  /** What the file brings here: "quotes" (the default), "note" (why a position is approximate) or "situation" (the report digests). */
  what?: 'quotes' | 'note' | 'situation';
}

/** Where quotes (or a precision note, or a situation) will be: while their file loads, or if it could not be loaded. */
export function ReportingPending({ failed, retry, what = 'quotes' }: ReportingPendingProps) {
  const t = useTranslations('Data');
  // The click goes no further than the button. In a pop-up on Preact (the embed), the retry's
  // render runs between two listeners of this click and takes the button out of the page; Leaflet's
  // listener on the map then finds no pop-up above the detached button, takes the click for one on
  // the map itself, and the map's click closes the pop-up. (On React, whose listener is the page
  // root's, the map's listener has run by then: stopping it there changes nothing.)
  const retryHere = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    retry();
  };
  return failed ? (
    <p className="reporting-pending" role="alert">
      {t('failed', { what })}{' '}
      <button type="button" onClick={retryHere}>
        {t('retry')}
      </button>
    </p>
  ) : (
    <p className="reporting-pending" role="status">
      {t('loading', { what })}
    </p>
  );
}
