/**
 * The embed's stand-in for components/reports/place-popup.tsx where the map's pop-up imports it
 * (components/map/selected-popup.tsx; scripts/build-embed.mjs swaps it in for the browser's bundle
 * only): the place's summary (its situation, quotes, history, map checks) is most of the reporting
 * code, which comes in the reporting chunk (components/embed/embed-reporting.ts), loaded when a
 * pop-up first opens. Until then the pop-up says its situation is loading, as it does while the
 * report digests load; the pop-up then fits its new content (components/map/popup-clearance.tsx
 * follows its size).
 */
import type { ComponentProps } from 'react';
import { ReportingPending } from '@/components/data/reporting-pending';
import { useWords } from '@/components/i18n/use-words';
import { BarePopup } from '@/components/reports/bare-popup';
import type { PlacePopup as Loaded } from '@/components/reports/place-popup';
import { localName } from '@/lib/i18n';
import { useReporting } from './use-reporting';

export function PlacePopup(props: ComponentProps<typeof Loaded>) {
  const { value: reporting, failed, retry } = useReporting(undefined, true);
  const { locale } = useWords();
  if (reporting) return <reporting.PlacePopup {...props} />;
  return (
    <BarePopup id={props.place.id} name={localName(props.place, locale)} onClose={props.onClose}>
      <ReportingPending failed={failed} retry={retry} what="situation" />
    </BarePopup>
  );
}
