'use client';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { PanelHeading } from './panel-heading';

interface PanelProps {
  headingId: string;
  heading: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** The heading takes focus whenever this changes. */
  focusKey: string;
  /** Kept in the page but not shown (the place's sheet while "All reporting" covers it). */
  hidden?: boolean;
  className?: string;
  /** Shown under the heading and kept in view with it while the panel scrolls (the sheet's date stepper). */
  head?: ReactNode;
  children: ReactNode;
}

/**
 * When the component goes, focus goes back to where it was when it came, if focus went with it
 * (to the place on the map, the list entry or the button that opened it).
 */
function useReturnFocus() {
  const before = useRef<Element | null>(null);
  // A layout effect: it runs before the heading's effect takes focus.
  useLayoutEffect(function rememberFocus() {
    before.current = document.activeElement;
  }, []);
  useEffect(
    () =>
      function giveFocusBack() {
        const el = before.current;
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && (el instanceof HTMLElement || el instanceof SVGElement) && el.isConnected) el.focus({ preventScroll: true });
      },
    [],
  );
}

/**
 * The panel beside the map; on phones a bottom sheet (app/globals.css). It opens with its heading
 * focused and gives focus back when it closes.
 */
export function Panel({ headingId, heading, closeLabel, onClose, focusKey, hidden, className, head, children }: PanelProps) {
  useReturnFocus();
  return (
    <section className={`report-panel${className ? ` ${className}` : ''}`} aria-labelledby={headingId} hidden={hidden}>
      <div className="panel-top">
        <PanelHeading id={headingId} closeLabel={closeLabel} onClose={onClose} focusKey={focusKey}>
          {heading}
        </PanelHeading>
        {head}
      </div>
      {children}
    </section>
  );
}
