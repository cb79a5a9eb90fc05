import { useEffect, useSyncExternalStore } from 'react';

/** The embed's reporting components (components/embed/embed-reporting.ts). */
export type Reporting = typeof import('./embed-reporting')['reporting'];

/**
 * Where the chunk is, one answer for the whole frame: every component that shows it (the pop-up,
 * the preview, the list, the changes, the panel, the story) says the same, and Try again in any of
 * them brings it to all.
 */
interface Status {
  value: Reporting | undefined;
  /** The last attempt failed, and none has been made since. */
  failed: boolean;
}

let status: Status = { value: undefined, failed: false };
let pending: Promise<Reporting> | undefined;
/** Attempts that failed so far. */
let failures = 0;

/**
 * The chunk's module. After a failure, by the chunk's address (on the frame's <html>, from the
 * build's manifest) with the attempt in a query: a browser may keep a failed module import's
 * answer for its address and give the same failure again without asking (Chromium 150 does).
 */
function importReporting(): Promise<typeof import('./embed-reporting')> {
  const address = document.documentElement.dataset.reportingChunk;
  if (!failures || !address) return import('./embed-reporting');
  return import(/* a fresh address: the failed answer is not reused */ `${address}?attempt=${failures + 1}`);
}
const listeners = new Set<() => void>();

function settle(next: Status) {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const snapshot = () => status;

/**
 * Loads the reporting components (once per page; after a failure, again when asked again). The
 * entry (embed-entry.tsx) asks at once for a frame that shows them soon, and waits for the answer
 * before it hydrates a place's preview, which the server rendered with them.
 */
export function loadReporting(): Promise<Reporting> {
  pending ??= importReporting().then(
    (module) => {
      settle({ value: module.reporting, failed: false });
      return module.reporting;
    },
    (error: unknown) => {
      // Not kept: Try again asks again (a deploy may have replaced the chunk).
      pending = undefined;
      failures += 1;
      console.error('Front-line map: the reporting components did not load.', error);
      settle({ value: undefined, failed: true });
      throw error;
    },
  );
  return pending;
}

/** Try again: every component that waits for the chunk says it is loading, then shows it (or the failure again). */
function retry() {
  settle({ value: undefined, failed: false });
  // The failure, if any, is reported by loadReporting and shown through `status`.
  loadReporting().catch(() => {});
}

export interface ReportingState {
  /** The components, once here. */
  value: Reporting | undefined;
  /** The chunk could not be loaded: say so, and offer `retry`. */
  failed: boolean;
  retry: () => void;
}

/**
 * The reporting components, once loaded: `given` where the caller has them already (the server's
 * render, which bundles them), else loaded the first time `wanted` is true. One attempt by itself:
 * after a failure (here or anywhere in the frame, embed-entry.tsx's early request included) the component
 * says so, and waits for the reader's Try again.
 */
export function useReporting(given: Reporting | undefined, wanted: boolean): ReportingState {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (wanted && !given && !status.value && !status.failed) loadReporting().catch(() => {});
  }, [wanted, given]);
  const value = given ?? current.value;
  return { value, failed: current.failed && !value, retry };
}
