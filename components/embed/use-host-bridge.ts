import { useEffect, useRef } from 'react';
import type { SelectVia } from '@/components/map/map-view';
import { type EmbedData, shapeOf } from '@/lib/bulk-points';
import { isIsoDate } from '@/lib/url-state';
import { originAllowed, PREFIX, parseCommand } from './messages';

interface HostBridgeProps {
  /** The map's data: undefined until its file is here; commands are heard and "ready" is sent after. */
  data: EmbedData | undefined;
  /** Origins allowed to frame and command the map, or null for any. */
  allowedOrigins: string[] | null;
  place?: string;
  date: string;
  onSelect: (id: string | undefined, via: SelectVia) => void;
  onDate: (date: string) => void;
  /** False while hydrating: nothing is sent or heard before the page runs. */
  active: boolean;
}

/**
 * The embed's side of the postMessage protocol (components/embed/messages.ts; public/embed.js is
 * the host's): commands in from the framing page, events and the document's height out.
 */
export function useHostBridge({ data, allowedOrigins, place, date, onSelect, onDate, active }: HostBridgeProps) {
  const lastPlace = useRef<string | undefined | null>(null);

  useEffect(
    function hearCommands() {
      if (!active || !data || window.parent === window) return;
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || !originAllowed(event.origin, allowedOrigins)) return;
        const command = parseCommand(event.data);
        if (command?.type === 'frontline-map:select-place') {
          if (command.place === null) onSelect(undefined, 'map');
          else if (shapeOf(data, command.place)) onSelect(command.place, 'list');
        } else if (command?.type === 'frontline-map:set-date') {
          if (isIsoDate(command.date) && command.date >= data.dateRange.min && command.date <= data.dateRange.max) onDate(command.date);
        }
      };
      window.addEventListener('message', onMessage);
      return function stopHearing() {
        window.removeEventListener('message', onMessage);
      };
    },
    [active, data, allowedOrigins, onSelect, onDate],
  );

  const ready = active && data !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: announced once, when the map's data is here, with the date and places the page started with; later changes have their own messages.
  useEffect(
    function announceReady() {
      if (ready && data) post(allowedOrigins, { type: `${PREFIX}ready`, places: data.placeOrder, date });
    },
    [ready],
  );

  useEffect(
    function announcePlace() {
      if (!active) return;
      // The first place is the one the host asked for: only changes are announced.
      if (lastPlace.current !== null && lastPlace.current !== place)
        post(allowedOrigins, { type: `${PREFIX}place-selected`, place: place ?? null });
      lastPlace.current = place;
    },
    [active, place, allowedOrigins],
  );

  useEffect(
    function reportHeight() {
      if (!active) return;
      let last = 0;
      const send = () => {
        const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height === last) return;
        last = height;
        post(allowedOrigins, { type: `${PREFIX}height`, height });
      };
      const sizes = new ResizeObserver(send);
      sizes.observe(document.body);
      send();
      return function stopReporting() {
        sizes.disconnect();
      };
    },
    [active, allowedOrigins],
  );
}

function post(allowedOrigins: readonly string[] | null, message: Record<string, unknown>) {
  if (window.parent === window) return;
  for (const origin of allowedOrigins ?? ['*']) window.parent.postMessage(message, origin);
}
