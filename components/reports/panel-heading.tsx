'use client';
import { type ReactNode, useEffect, useRef } from 'react';

interface PanelHeadingProps {
  id: string;
  /** The close button's accessible name. */
  closeLabel: string;
  onClose: () => void;
  /** The heading takes focus on mount and whenever this changes (another place). */
  focusKey: string;
  children: ReactNode;
}

/**
 * The head of the pop-up, the phone's sheet and the reporting panel: a heading that takes focus
 * (so that screen readers start there; no focus ring, it is not a control) and a close button.
 */
export function PanelHeading({ id, closeLabel, onClose, focusKey, children }: PanelHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, not an input: a new key (another place or panel) moves the focus to the heading again.
  useEffect(
    function focusHeading() {
      heading.current?.focus({ preventScroll: true });
    },
    [focusKey],
  );
  return (
    <div className="panel-head">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {children}
      </h2>
      <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
        ×
      </button>
    </div>
  );
}
