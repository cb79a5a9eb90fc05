import { useMemo } from 'react';
import type { ReportedData } from '@/lib/bulk-points';
import type { EmbedConfig } from '@/lib/embed-config';
import { type UrlState, urlWithState } from '@/lib/url-state';
import { EmbedPreviewList } from './embed-preview';
import type { ReportingState } from './use-reporting';

interface EmbedListProps {
  config: EmbedConfig;
  state: UrlState;
  date: string;
  fullMapHref: string;
  /** The places with their report digests, once fetched (components/data/use-data-file.ts useReportedData). */
  reported: ReportedData | undefined;
  chunk: ReportingState;
  /** A place chosen in the list, once the frame runs. */
  onSelect: ((id: string) => void) | undefined;
}

/**
 * The text list under the frame's map (`list=1`; otherwise hidden once the frame runs): every
 * place with its situation, each linking to the full map, once the digests and the reporting chunk
 * are here; until then the server's preview (components/embed/embed-preview.tsx), which also says
 * if the chunk could not be loaded.
 */
export function EmbedList({ config, state, date, fullMapHref, reported, chunk, onSelect }: EmbedListProps) {
  const R = chunk.value;
  // Made once per data, not on every render of the frame (a date, a place chosen, a comparison).
  const listing = useMemo(() => (reported && R ? R.placeListing(reported) : undefined), [reported, R]);
  return (
    <div className="fm-list" data-hidden={config.options.list ? undefined : true}>
      {listing && R ? (
        <R.PlaceList
          listing={listing}
          selected={state.place}
          date={date}
          hrefOf={(id) => urlWithState(config.fullMapUrl, { ...state, place: id }, config.shell.layerIds)}
          linkTarget="_blank"
          onSelect={onSelect}
        />
      ) : (
        <EmbedPreviewList preview={config.preview} date={date} fullMapHref={fullMapHref} reporting={chunk} />
      )}
    </div>
  );
}
