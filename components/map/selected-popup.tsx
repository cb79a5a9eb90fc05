'use client';
import { useEffect, useMemo, useState } from 'react';
import { Popup, useMap } from 'react-leaflet';
import { useReportedData } from '@/components/data/use-data-file';
import { ReportingPending } from '@/components/data/reporting-pending';
import { BarePopup } from '@/components/reports/bare-popup';
// In the embed, a stand-in that loads the pop-up's content as a chunk of its own (components/embed/lazy-place-popup.tsx).
import { PlacePopup } from '@/components/reports/place-popup';
import { type EmbedData, shapeOf } from '@/lib/bulk-points';
import { localName } from '@/lib/i18n';
import { containerOf } from '@/lib/map-data';
import { anchorOf } from '@/lib/place-geometry';
import { useWords } from '@/components/i18n/use-words';
import type { MapHandlers } from './map-view';

interface SelectedPopupProps extends Pick<MapHandlers, 'onOpenPanel' | 'onSelect'> {
  data: EmbedData;
  place?: string;
  date: string;
  /** Where "All reporting" links when the page has no panel. */
  allReportingHref?: string;
}

/**
 * The selected place's pop-up. Its content is memoised on what it shows: react-leaflet updates
 * (and Leaflet auto-pans) a pop-up whenever its children change identity, and the page re-renders
 * on every moveend, so fresh children would pan it again and again. The handlers must be stable
 * (useStableHandlers). A point of a bulk layer with no reporting gets a pop-up that says so.
 */
export function SelectedPopup({ data, place: id, date, allReportingHref, onOpenPanel, onSelect }: SelectedPopupProps) {
  const map = useMap();
  const { locale } = useWords();
  // Sized once per map: the container's width decides how wide a pop-up may be (a narrow embed).
  const [size] = useState(() => map.getSize());
  const shape = useMemo(() => (id ? shapeOf(data, id) : undefined), [data, id]);
  // A stable position: react-leaflet re-opens the pop-up whenever `position` changes identity.
  const position = useMemo(() => (shape ? anchorOf(shape) : undefined), [shape]);
  // A place's situation is read from the report digests, asked for when a place is open.
  const { value: reported, failed, retry } = useReportedData(data, id !== undefined);
  const content = useMemo(() => {
    if (!id || !shape) return null;
    const close = () => onSelect(undefined, 'map');
    const place = reported?.places[id];
    if (!place)
      return (
        <BarePopup id={id} name={data.places[id] ? localName(data.places[id], locale) : bareName(data, id)} onClose={close}>
          {data.places[id] && <ReportingPending failed={failed} retry={retry} what="situation" />}
        </BarePopup>
      );
    return (
      <PlacePopup
        place={place}
        container={containerOf(place, reported!.places)}
        date={date}
        allReportingHref={allReportingHref}
        onOpenPanel={() => onOpenPanel(place.id)}
        onClose={close}
      />
    );
  }, [data, id, shape, reported, failed, retry, date, allReportingHref, onOpenPanel, onSelect, locale]);
  useEffect(
    function returnFocusOnClose() {
      if (!id) return;
      return function giveFocusBack() {
        // The pop-up held focus (its heading takes it) and is gone: keyboard readers go back to its place, or the map.
        if (document.activeElement && document.activeElement !== document.body) return;
        const target = map.getContainer().querySelector<SVGElement>(`.place-${CSS.escape(id)}`) ?? map.getContainer();
        target.focus({ preventScroll: true });
      };
    },
    [id, map],
  );
  if (!id || !position || !content) return null;
  return (
    <Popup
      key={id}
      position={position}
      closeButton={false}
      closeOnEscapeKey={false}
      closeOnClick={false}
      autoClose={false}
      maxWidth={Math.min(360, size.x - 50)}
      minWidth={Math.min(300, size.x - 60)}
      maxHeight={Math.round(size.y * 0.75)}
      autoPanPaddingTopLeft={[52, 12]}
      autoPanPaddingBottomRight={[12, 12]}
      // Both paddings and the height are then set from the controls' boxes (PopupClearance).
    >
      {content}
    </Popup>
  );
}

/** The name of a bulk point (it has no MapPlace): from its layer's names. */
function bareName(data: EmbedData, id: string): string {
  for (const layer of data.layers) {
    if (!('points' in layer)) continue;
    const i = layer.points.ids.indexOf(id);
    if (i >= 0) return layer.points.names[i]!;
  }
  return id;
}
