'use client';
import type L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { type Box, popupRoom } from '@/lib/popup-room';

/** The controls a pop-up must not cover: Leaflet's zoom buttons, layers control, scale and credits, and our legend. */
const CONTROLS = ['.leaflet-control-zoom', '.leaflet-control-layers', '.leaflet-control-scale', '.leaflet-control-attribution', '.map-legend'];

function boxIn(el: Element, origin: DOMRect): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
}

/**
 * Keeps the open pop-up clear of the map's controls: from the controls' actual boxes it sets the
 * pop-up's auto-pan padding (lib/popup-room.ts) and, if it cannot be shown whole, its height (it
 * scrolls). If the open legend leaves too little room (a map narrowed by "All reporting"), the
 * legend folds to its "Legend" line while the pop-up is open, and unfolds when it closes, unless the
 * reader opened or closed it meanwhile. Re-checked whenever the map, the pop-up or the legend
 * changes size.
 */
export function PopupClearance() {
  const map = useMap();
  useEffect(
    function followPopups() {
      let stop: (() => void) | undefined;
      const onOpen = (e: L.PopupEvent) => {
        stop?.();
        stop = clearPopup(map, e.popup);
      };
      const onClose = () => {
        stop?.();
        stop = undefined;
      };
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      return function stopFollowing() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        stop?.();
      };
    },
    [map],
  );
  return null;
}

/** Fits one open pop-up into the room the controls leave; returns what undoes it. */
function clearPopup(map: L.Map, popup: L.Popup): () => void {
  const container = map.getContainer();
  const el = popup.getElement();
  const content = el?.querySelector<HTMLElement>('.leaflet-popup-content');
  const legend = container.parentElement?.querySelector<HTMLDetailsElement>('.map-legend') ?? null;
  if (!el || !content) return () => {};
  const defaultMaxHeight = popup.options.maxHeight;
  let folded = false;
  let readerChose = false;
  // The legend's state as last set by the page (it fires "toggle" on its first render too).
  let expected = legend?.open;
  let last = '';
  let frame = 0;

  function fit() {
    frame = 0;
    if (!el || !content) return;
    const origin = container.getBoundingClientRect();
    const size = { width: origin.width, height: origin.height };
    const chrome = el.offsetHeight + (parseInt(getComputedStyle(el).marginBottom, 10) || 0) - content.offsetHeight;
    // As tall as the content, up to the pop-up's own limit.
    const natural = { width: el.offsetWidth, height: chrome + Math.min(content.scrollHeight, defaultMaxHeight ?? Infinity) };
    const measure = () => CONTROLS.flatMap((s) => [...container.parentElement!.querySelectorAll(s)].map((c) => boxIn(c, origin)));
    let room = popupRoom(size, natural, measure());
    if ((!room || room.height < natural.height) && legend?.open && !readerChose) {
      folded = true;
      expected = false;
      legend.open = false;
      room = popupRoom(size, natural, measure());
    }
    const maxHeight = room ? Math.max(120, Math.min(defaultMaxHeight ?? Infinity, Math.floor(room.height - chrome))) : defaultMaxHeight;
    const key = JSON.stringify([size, natural, room, maxHeight]);
    if (key === last) return;
    last = key;
    popup.options.autoPanPaddingTopLeft = room?.topLeft;
    popup.options.autoPanPaddingBottomRight = room?.bottomRight;
    popup.options.maxHeight = maxHeight;
    popup.update();
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(fit);
  };
  const onToggle = () => {
    // A toggle the page did not cause is the reader's: from then on the legend is left as they set it.
    if (legend && legend.open !== expected) readerChose = true;
    expected = legend?.open;
    schedule();
  };
  const sizes = new ResizeObserver(schedule);
  sizes.observe(container);
  sizes.observe(content);
  legend?.addEventListener('toggle', onToggle);
  schedule();
  return function release() {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    legend?.removeEventListener('toggle', onToggle);
    if (folded && !readerChose && legend) legend.open = true;
  };
}
